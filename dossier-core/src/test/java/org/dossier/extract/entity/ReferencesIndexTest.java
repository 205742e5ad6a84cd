package org.dossier.extract.entity;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.CannedArticles;
import org.dossier.annotate.Dependency;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;
import org.dossier.extract.quote.QuotationScanner;
import org.dossier.extract.time.RuleTimexTagger;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Span;
import org.dossier.model.Timex;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link References} indexes an article's mentions and quotations by offset once, where it used to loop over every
 * mention of every entity for each question (which made the claim and event layers grow with the square of an
 * article's length). On our own article, annotated ({@link CannedArticles#harborStrike}), with the entities the
 * entity layer finds there, every answer is the one the old loops (kept below, as they were) give: for every
 * stretch of one to eight tokens, every mention end, every pronoun or role noun at every token of every sentence.
 */
class ReferencesIndexTest {

    private final AnnotatedArticle annotated = CannedArticles.harborStrike();
    private final Article article = CannedArticles.harborStrikeArticle();

    private List<Entity> entities() {
        List<Timex> timexes = new RuleTimexTagger().tag(annotated, article.anchor());
        List<Entity> found = new NamedEntityExtractor().extract(annotated, article, timexes);
        assertThat(found).hasSizeGreaterThan(5);
        assertThat(found.stream().mapToInt(e -> e.mentions().size()).sum()).isGreaterThan(found.size());
        return found;
    }

    private List<References.Quotation> quotations() {
        List<References.Quotation> out = new ArrayList<>();
        new QuotationScanner().scan(annotated.text()).forEach(p -> out.add(new References.Quotation(p.inner(), p.outer())));
        assertThat(out).isNotEmpty();
        return out;
    }

    @Test
    void theEntityAtAStretchIsTheOneTheLoopOverEveryMentionFinds() {
        List<Entity> entities = entities();
        References references = new References(annotated.sentences(), entities, quotations());
        int found = 0;
        for (Sentence s : annotated.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                for (int j = i; j < Math.min(tokens.size(), i + 8); j++) {
                    int start = tokens.get(i).start();
                    int end = tokens.get(j).end();
                    String old = oldEntityAt(entities, start, end);
                    assertThat(references.entityAt(start, end)).as("[%d, %d)", start, end).isEqualTo(old);
                    found += old == null ? 0 : 1;
                }
            }
        }
        assertThat(found).isGreaterThan(100);
        assertThat(References.ofMentions(entities).entityAt(0, annotated.text().length()))
                .isEqualTo(oldEntityAt(entities, 0, annotated.text().length()));
    }

    @Test
    void theMentionsEndingAtAnOffsetAreTheOnesTheLoopFinds() {
        List<Entity> entities = entities();
        References references = References.ofMentions(entities);
        for (Entity e : entities) {
            for (Span m : e.mentions()) {
                for (int start : new int[] {0, m.start() - 30, m.start(), m.start() + 1}) {
                    assertThat(references.endingAt(start, m.end())).isEqualTo(oldEndingAt(entities, start, m.end()));
                }
                assertThat(references.endingAt(m.start(), m.end())).contains(new References.MentionAt(e.id(),
                        m.start(), m.end()));
                assertThat(references.isOfType(e.id(), e.type())).isTrue();
            }
        }
    }

    @Test
    void theAntecedentOfEveryPronounAndRoleNounIsTheOneTheOldLoopsChoose() {
        List<Entity> entities = entities();
        List<References.Quotation> quotations = quotations();
        References references = new References(annotated.sentences(), entities, quotations);
        List<Sentence> sentences = annotated.sentences();
        int resolved = 0;
        for (int s = 0; s < sentences.size(); s++) {
            for (Token t : sentences.get(s).tokens()) {
                for (String word : List.of("he", "she", "they", "it", "president", "company", "port", "executive")) {
                    for (EntityType type : EntityType.values()) {
                        String old = oldAntecedent(sentences, entities, quotations, s, t.start(), type, word);
                        assertThat(references.antecedent(s, t.start(), type, word))
                                .as("%s (%s) at %d", word, type, t.start()).isEqualTo(old);
                        resolved += old == null ? 0 : 1;
                    }
                }
            }
        }
        assertThat(resolved).isGreaterThan(100);
    }

    // ---- the loops References ran before it indexed the article (main at 68f57b3), unchanged ----

    private static String oldEntityAt(List<Entity> entities, int start, int end) {
        String best = null;
        int bestLength = Integer.MAX_VALUE;
        for (Entity e : entities) {
            for (Span s : e.mentions()) {
                if (s.start() < end && start < s.end() && s.length() < bestLength) {
                    best = e.id();
                    bestLength = s.length();
                }
            }
        }
        return best;
    }

    /** SourceResolver.closingName's loop, without its parse check (the same in both). */
    private static List<References.MentionAt> oldEndingAt(List<Entity> entities, int start, int end) {
        List<References.MentionAt> out = new ArrayList<>();
        for (Entity e : entities) {
            for (Span s : e.mentions()) {
                if (s.end() == end && s.start() >= start) {
                    out.add(new References.MentionAt(e.id(), s.start(), s.end()));
                }
            }
        }
        return out;
    }

    private static String oldAntecedent(List<Sentence> sentences, List<Entity> entities,
                                        List<References.Quotation> quotations, int sentence, int offset,
                                        EntityType type, String word) {
        String noun = word.toLowerCase(Locale.ROOT);
        Names.Pronoun p = Names.pronoun(noun);
        Set<String> same = p != null && p.personal() ? Names.pronounsOf(p.gender()) : Set.of();
        Set<String> clash = p != null && p.personal()
                ? Names.pronounsOf(p.gender() == Gender.MALE ? Gender.FEMALE : Gender.MALE) : Set.of();
        if (!same.isEmpty()) {
            List<Entity> gendered = entities.stream().filter(e -> referredToAs(e, same)).toList();
            String found = salientAmong(sentences, quotations, gendered, sentence, offset, type, noun);
            if (found != null) {
                return found;
            }
        }
        List<Entity> allowed = entities.stream().filter(e -> !referredToAs(e, clash)).toList();
        return salientAmong(sentences, quotations, allowed, sentence, offset, type, noun);
    }

    private static String salientAmong(List<Sentence> sentences, List<References.Quotation> quotations,
                                       List<Entity> candidates, int sentence, int offset, EntityType type,
                                       String noun) {
        boolean description = Names.pronoun(noun) == null;
        int looked = 0;
        for (int s = sentence; s >= 0 && looked <= References.LOOK_BACK; s--) {
            Sentence t = sentences.get(s);
            if (s != sentence && quotedThrough(quotations, t)) {
                continue;
            }
            looked++;
            String titled = null;
            String subject = null;
            String last = null;
            int lastStart = -1;
            int subjectStart = Integer.MAX_VALUE;
            for (Entity e : candidates) {
                if (e.type() != type) {
                    continue;
                }
                boolean hasTitle = description
                        && e.titles().stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).contains(noun));
                for (Span m : e.mentions()) {
                    if (m.start() < t.start() || m.end() > t.end() || m.end() > offset || inQuotation(quotations, m)) {
                        continue;
                    }
                    int tok = tokenAt(t, m.end() - 1);
                    if (hasTitle) {
                        titled = e.id();
                    }
                    if (tok >= 0 && isSubject(t, tok) && m.start() < subjectStart) {
                        subject = e.id();
                        subjectStart = m.start();
                    }
                    if (m.start() > lastStart) {
                        last = e.id();
                        lastStart = m.start();
                    }
                }
            }
            if (titled != null) {
                return titled;
            }
            if (subject != null) {
                return subject;
            }
            if (last != null) {
                return last;
            }
        }
        return null;
    }

    private static boolean isSubject(Sentence s, int i) {
        String relation = "";
        for (Dependency d : s.dependencies()) {
            if (d.dependent() == i && d.governor() < s.tokens().size()) {
                relation = d.relation();
            }
        }
        return relation.equals("nsubj") || relation.startsWith("nsubj:");
    }

    private static int tokenAt(Sentence s, int offset) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).start() <= offset && offset < t.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean referredToAs(Entity e, Set<String> pronouns) {
        for (Span m : e.mentions()) {
            if (pronouns.contains(m.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean quotedThrough(List<References.Quotation> quotations, Sentence t) {
        for (References.Quotation q : quotations) {
            if (q.outer().start() <= t.start() && t.end() <= q.outer().end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean inQuotation(List<References.Quotation> quotations, Span m) {
        for (References.Quotation q : quotations) {
            if (q.inner().contains(m)) {
                return true;
            }
        }
        return false;
    }
}
