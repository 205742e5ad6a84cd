package org.dossier.annotate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one tree view: each method says what it returns, whatever order the arcs come in. */
class DependencyTreeTest {

    /** "Rutte Expected to meet according to aides ." with arcs listed out of order. */
    private static Sentence sentence() {
        List<Token> t = List.of(
                new Token(0, 0, 5, "Rutte", "Rutte", "NNP", "PERSON", "PERSON"),
                new Token(1, 6, 14, "Expected", "expect", "VBN", "O", "O"),
                new Token(2, 15, 17, "to", "to", "TO", "O", "O"),
                new Token(3, 18, 22, "meet", "meet", "VB", "O", "O"),
                new Token(4, 23, 32, "according", "accord", "VBG", "O", "O"),
                new Token(5, 33, 35, "to", "to", "TO", "O", "O"),
                new Token(6, 36, 40, "Aides", "aide", "NNS", "O", "O"),
                new Token(7, 41, 42, ".", ".", ".", "O", "O"));
        List<Dependency> d = List.of(
                new Dependency("punct", 1, 7),
                new Dependency("xcomp", 1, 3),
                new Dependency("nsubj:pass", 1, 0),
                new Dependency("root", -1, 1),
                new Dependency("obl", 3, 6),
                new Dependency("mark", 3, 2),
                new Dependency("case", 6, 4),
                new Dependency("fixed", 4, 5));
        return new Sentence(0, 0, 42, t, d);
    }

    @Test
    void caseAsReadAndLowerCasedAreDistinctMethods() {
        DependencyTree t = sentence().tree();
        assertThat(t.word(1)).isEqualTo("Expected");
        assertThat(t.lowerWord(1)).isEqualTo("expected");
        assertThat(t.lowerLemma(0)).isEqualTo("rutte");
        assertThat(t.lowerLemma(1)).isEqualTo("expect");
    }

    @Test
    void headsAsIndexOrArcChildrenAsIndexesOrArcsInSentenceOrder() {
        DependencyTree t = sentence().tree();
        assertThat(t.head(3)).isEqualTo(1);
        assertThat(t.head(1)).isEqualTo(-1);
        assertThat(t.headArc(3)).isEqualTo(new Dependency("xcomp", 1, 3));
        assertThat(t.relation(1)).isEqualTo("root");
        assertThat(t.relation(0)).isEqualTo("nsubj:pass");
        assertThat(t.baseRelation(0)).isEqualTo("nsubj");
        assertThat(t.children(1)).containsExactly(0, 3, 7);
        assertThat(t.childArcs(1)).extracting(Dependency::dependent).containsExactly(0, 3, 7);
        assertThat(t.children(1, "nsubj")).containsExactly(0);
        assertThat(t.child(1, "xcomp")).isEqualTo(3);
        assertThat(t.child(1, "obj")).isEqualTo(-1);
        assertThat(t.root()).isEqualTo(1);
    }

    @Test
    void markersAreLowerCasedWithTheirFixedParts() {
        DependencyTree t = sentence().tree();
        assertThat(t.lowerMarker(6)).isEqualTo("according to");
        assertThat(t.lowerMarkers(3)).containsExactly("to");
        assertThat(t.isInfinitive(3)).isTrue();
        assertThat(t.hasChildLowerWord(3, "mark", "to")).isTrue();
        assertThat(t.dominates(1, 6)).isTrue();
        assertThat(t.dominates(6, 1)).isFalse();
        assertThat(t.subtree(3).stream().boxed().toList()).containsExactly(2, 3, 4, 5, 6);
    }

    @Test
    void aSentenceWithoutParseHasNoHeadsAndSaysSo() {
        Sentence s = new Sentence(0, 0, 5, List.of(new Token(0, 0, 5, "Rutte", "Rutte", "NNP", "O", "O")), List.of());
        assertThat(s.tree().parsed()).isFalse();
        assertThat(s.tree().head(0)).isEqualTo(-1);
        assertThat(s.tree().headArc(0)).isNull();
        assertThat(s.tree().relation(0)).isEmpty();
        assertThat(s.tree().root()).isEqualTo(-1);
    }

    @Test
    void theTreeIsBuiltOnceAndEqualSentencesStayEqual() {
        Sentence s = sentence();
        assertThat(s.tree()).isSameAs(s.tree());
        assertThat(sentence()).isEqualTo(s).hasSameHashCodeAs(s);
    }
}
