package org.dossier.extract.claim;

import org.dossier.annotate.Token;
import org.dossier.extract.quote.QuotedPassage;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Span;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Maps a source as written to the entity it refers to.
 *
 * <p>First by the entities' own mentions: the entity with a mention over the source's head word (for "X, who
 * said", over the noun the relative pronoun stands for), else the one whose name closes the source's phrase
 * ("chief executive Maarten Hollander"). When the entity layer has not resolved the word, a
 * third-person pronoun ("he added") or a description built on a role noun ("the president said", "the alliance
 * affirmed") is resolved here to the most salient entity of the right type before it: the subject of the
 * nearest sentence that names one, else the last one named there, looking back at most a few sentences and
 * never into quotations. First-person pronouns are left to the caller, who knows whose quotation they are in.
 */
final class SourceResolver {

    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her");
    private static final Set<String> NEUTER = Set.of("it", "they", "them");
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that");
    private static final int LOOK_BACK = 4;

    private final RoleNouns roles;

    SourceResolver(RoleNouns roles) {
        this.roles = roles;
    }

    /** The entity id for {@code a}'s source, or {@code null} when it resolves to none. */
    String resolve(List<SentenceTree> trees, List<Entity> entities, List<QuotedPassage> passages, Attribution a) {
        SourceMention m = a.source();
        if (m == null) {
            return a.entity();
        }
        SentenceTree t = trees.get(a.sentence());
        int head = m.antecedent() >= 0 ? m.antecedent() : m.head();
        Token h = t.token(head);
        String byMention = entityAt(entities, h.start(), h.end());
        if (byMention == null && m.antecedent() < 0) {
            byMention = closingName(entities, t.token(m.first()).start(), t.token(m.last()).end());
        }
        if (byMention != null) {
            return byMention;
        }
        String word = t.lower(head);
        EntityType wanted = null;
        if (PERSONAL.contains(word)) {
            wanted = EntityType.PERSON;
        } else if (NEUTER.contains(word)) {
            wanted = EntityType.ORGANIZATION;
        } else if (isDescription(t, head)) {
            wanted = roles.typeOf(word);
        }
        if (wanted == null) {
            return null;
        }
        return salient(trees, entities, passages, a.sentence(), t.token(m.first()).start(), wanted, word);
    }

    /** Whether {@code head} is a role noun after a determiner: "the president", "the alliance". */
    private boolean isDescription(SentenceTree t, int head) {
        if (!t.pos(head).startsWith("NN") || t.pos(head).startsWith("NNP") || roles.typeOf(t.lower(head)) == null) {
            return false;
        }
        for (int c : t.children(head, "det")) {
            if (DETERMINERS.contains(t.lower(c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The entity whose mention closes the phrase {@code [start, end)}: the name after a title or description
     * ("chief executive Maarten Hollander", "the data firm Portline Analytics"), whatever the parse took for
     * the head; or {@code null}.
     */
    private static String closingName(List<Entity> entities, int start, int end) {
        for (Entity e : entities) {
            for (Span s : e.mentions()) {
                if (s.end() == end && s.start() >= start) {
                    return e.id();
                }
            }
        }
        return null;
    }

    /** The entity with a mention over {@code [start, end)}, the tightest mention winning; or {@code null}. */
    static String entityAt(List<Entity> entities, int start, int end) {
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

    /**
     * The most salient entity of type {@code type} mentioned before {@code offset}: in the sentence of the source,
     * then the ones before it. Within a sentence, an entity whose titles name the role noun comes first, then the
     * subject, then the entity named last.
     */
    private String salient(List<SentenceTree> trees, List<Entity> entities, List<QuotedPassage> passages,
                           int sentence, int offset, EntityType type, String noun) {
        for (int s = sentence; s >= 0 && s > sentence - LOOK_BACK; s--) {
            SentenceTree t = trees.get(s);
            String titled = null;
            String subject = null;
            String last = null;
            int lastStart = -1;
            int subjectStart = Integer.MAX_VALUE;
            for (Entity e : entities) {
                if (e.type() != type) {
                    continue;
                }
                boolean hasTitle = e.titles().stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).contains(noun));
                for (Span m : e.mentions()) {
                    if (m.start() < t.sentence().start() || m.end() > t.sentence().end() || m.end() > offset
                            || inQuotation(m, passages)) {
                        continue;
                    }
                    int tok = t.tokenAt(m.end() - 1);
                    if (hasTitle) {
                        titled = e.id();
                    }
                    if (tok >= 0 && t.relationIs(tok, "nsubj") && m.start() < subjectStart) {
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

    private static boolean inQuotation(Span m, List<QuotedPassage> passages) {
        for (QuotedPassage p : passages) {
            if (p.inner().contains(m)) {
                return true;
            }
        }
        return false;
    }
}
