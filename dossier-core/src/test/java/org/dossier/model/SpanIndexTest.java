package org.dossier.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SpanIndex} answers every question as the loop over the whole list it replaces does, ordinals in list
 * order: checked against those loops on lists of every shape (disjoint, nested, overlapping, repeated, empty spans)
 * and on every stretch of the text they lie in.
 */
class SpanIndexTest {

    @Test
    void answersAsTheLoopsOverTheWholeListDo() {
        Random random = new Random(12);
        for (int round = 0; round < 300; round++) {
            int length = 1 + random.nextInt(60);
            List<Span> spans = randomSpans(random, length, random.nextInt(25), round % 3);
            SpanIndex index = new SpanIndex(spans);
            assertThat(index.size()).isEqualTo(spans.size());
            for (int start = -2; start <= length + 2; start++) {
                for (int end = start; end <= length + 3; end++) {
                    int s = start;
                    int e = end;
                    assertThat(index.overlapping(s, e)).as("overlapping %d %d in %s", s, e, spans)
                            .containsExactly(loop(spans, x -> x.start() < e && s < x.end()));
                    assertThat(index.someOverlaps(s, e)).isEqualTo(loop(spans, x -> x.start() < e && s < x.end()).length > 0);
                    assertThat(index.within(s, e)).as("within %d %d in %s", s, e, spans)
                            .containsExactly(loop(spans, x -> s <= x.start() && x.end() <= e));
                    assertThat(index.containing(s, e)).as("containing %d %d in %s", s, e, spans)
                            .containsExactly(loop(spans, x -> x.start() <= s && e <= x.end()));
                    assertThat(index.someContains(s, e)).isEqualTo(loop(spans, x -> x.start() <= s && e <= x.end()).length > 0);
                    assertThat(index.startingBetween(s, e))
                            .containsExactly(loop(spans, x -> s <= x.start() && x.start() <= e));
                    assertThat(index.endingBetween(s, e)).containsExactly(loop(spans, x -> s <= x.end() && x.end() <= e));
                }
                int at = start;
                assertThat(index.endingAt(at)).containsExactly(loop(spans, x -> x.end() == at));
                assertThat(index.lastStartingBy(at)).isEqualTo(last(loop(spans, x -> x.start() <= at)));
                assertThat(index.lastEndingBy(at)).isEqualTo(last(loop(spans, x -> x.end() <= at)));
            }
        }
    }

    @Test
    void anEmptyListAnswersNothing() {
        SpanIndex index = new SpanIndex(List.of());
        assertThat(index.overlapping(0, 10)).isEmpty();
        assertThat(index.containing(0, 0)).isEmpty();
        assertThat(index.someContains(0, 1)).isFalse();
        assertThat(index.lastStartingBy(5)).isEqualTo(-1);
        assertThat(index.endingAt(0)).isEmpty();
    }

    @Test
    void aQuestionReadsTheSpansNearItNotTheWholeList() {
        // 200,000 disjoint spans of 5 characters: a loop per question would read them all each time
        List<Span> spans = IntStream.range(0, 200_000).mapToObj(i -> new Span(i * 10, i * 10 + 5, "")).toList();
        SpanIndex index = new SpanIndex(spans);
        for (int i = 0; i < 200_000; i++) {
            int[] expected = i + 1 < 200_000 ? new int[] {i, i + 1} : new int[] {i};
            assertThat(index.overlapping(i * 10 + 4, i * 10 + 12)).containsExactly(expected);
        }
    }

    /** Spans in [0, length]: shape 0 any, 1 disjoint and in order (as quotations), 2 nested and repeated. */
    private static List<Span> randomSpans(Random random, int length, int count, int shape) {
        List<Span> out = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < count; i++) {
            int s;
            int e;
            if (shape == 1) {
                if (at >= length) {
                    break;
                }
                s = at + random.nextInt(Math.max(1, (length - at) / 3 + 1));
                e = Math.min(length, s + random.nextInt(6));
                at = e + 1;
            } else if (shape == 2 && !out.isEmpty() && random.nextBoolean()) {
                Span inside = out.get(random.nextInt(out.size()));
                s = inside.start() + random.nextInt(inside.length() + 1);
                e = s + random.nextInt(inside.end() - s + 1);
            } else {
                s = random.nextInt(length + 1);
                e = s + random.nextInt(length - s + 1);
            }
            out.add(new Span(s, e, ""));
        }
        return out;
    }

    private static int[] loop(List<Span> spans, java.util.function.Predicate<Span> test) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            if (test.test(spans.get(i))) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int last(int[] ordinals) {
        return ordinals.length == 0 ? -1 : ordinals[ordinals.length - 1];
    }
}
