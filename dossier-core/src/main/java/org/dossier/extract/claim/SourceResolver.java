package org.dossier.extract.claim;

import org.dossier.annotate.DependencyTree;
import org.dossier.annotate.lexicon.RoleNouns;
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
 * never into quotations; "she" skips an entity the entity layer already calls "he", and the other way round.
 * First-person pronouns are left to the caller, who knows whose quotation they are in.
 */
final class SourceResolver {

    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her");
    private static final Set<String> MASCULINE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMININE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> NEUTER = Set.of("it", "they", "them");
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that");
    private static final int LOOK_BACK = 4;
    /** Relations by which a name belongs to a modifier, clause or other conjunct of a phrase, not to the phrase. */
    private static final Set<String> THROUGH_MODIFIER = Set.of("nmod", "acl", "obl", "conj", "advcl", "ccomp",
            "nsubj", "obj");

    private final RoleNouns roles;

    SourceResolver(RoleNouns roles) {
        this.roles = roles;
    }

    /** The entity id for {@code a}'s source, or {@code null} when it resolves to none. */
    String resolve(List<DependencyTree> trees, List<Entity> entities, List<QuotedPassage> passages, Attribution a) {
        SourceMention m = a.source();
        if (m == null) {
            return a.entity();
        }
        int sentence = a.sentence() - m.back();
        DependencyTree t = trees.get(sentence);
        int head = m.antecedent() >= 0 ? m.antecedent() : m.head();
        Token h = t.token(head);
        String byMention = entityAt(entities, h.start(), h.end());
        if (m.antecedent() < 0) {
            String closing = closingName(t, m.first(), m.last(), entities);
            if (byMention == null || closing != null && isPerson(entities, closing) && !isPerson(entities, byMention)) {
                // "Port of Rotterdam chief executive Maarten Hollander said" parsed with "Port" as the head: the
                // organization is part of the person's title, and the person closing the phrase is the source
                byMention = closing;
            }
        }
        if (byMention != null) {
            return byMention;
        }
        String word = t.lowerWord(head);
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
        return salient(trees, entities, passages, sentence, t.token(m.first()).start(), wanted, word,
                genderClash(word));
    }

    /**
     * Whether {@code head} is a role noun after a determiner: "the president", "the alliance"; not one a person's
     * name qualifies ("the Clinton campaign"), which is not the entity last named ("the Ohio governor" is).
     */
    private boolean isDescription(DependencyTree t, int head) {
        if (!t.pos(head).startsWith("NN") || t.pos(head).startsWith("NNP") || roles.typeOf(t.lowerWord(head)) == null) {
            return false;
        }
        for (int c : t.children(head)) {
            if ((t.relationIs(c, "compound") || t.relationIs(c, "nmod")) && t.pos(c).startsWith("NNP")
                    && t.token(c).ner().equals("PERSON")) {
                return false; // "the Trump campaign": that person's, not the organization last named
            }
        }
        for (int c : t.children(head, "det")) {
            if (DETERMINERS.contains(t.lowerWord(c))) {
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
    private static String closingName(DependencyTree t, int first, int last, List<Entity> entities) {
        int start = t.token(first).start();
        int end = t.token(last).end();
        for (Entity e : entities) {
            for (Span s : e.mentions()) {
                if (s.end() == end && s.start() >= start && namesPhrase(t, t.tokenAt(s.end() - 1), first, last)) {
                    return e.id();
                }
            }
        }
        return null;
    }

    /**
     * Whether the name ending at token {@code name} stands for the source phrase {@code [first, last]} rather
     * than for something inside it: on its way up to the top of the phrase it passes through no modifier, clause
     * or coordination ("the timeline of events in … California", "Rudy Giuliani, who backs Trump", "Aides to
     * Clinton", "AbbVie and Dublin-based Shire"); a title, compound or apposition is on the way ("chief executive
     * Maarten Hollander", "columnist and Fox News contributor George Will"), and so is the author of a document
     * ("an analysis by the Pew Research Center").
     */
    private static boolean namesPhrase(DependencyTree t, int name, int first, int last) {
        for (int x = name, steps = 0; x >= 0 && steps < t.size(); steps++) {
            int gov = t.head(x);
            if (gov < first || gov > last) {
                return true;
            }
            String rel = t.baseRelation(x);
            boolean titles = rel.equals("conj") && t.pos(gov).equals("NN"); // "columnist and contributor George Will"
            boolean author = rel.equals("nmod") && t.hasChildLowerWord(x, "case", "by"); // "an analysis by Pew"
            // a name the parse hung on another name ("Port of Rotterdam chief executive Maarten Hollander")
            boolean ofName = rel.equals("nmod") && t.pos(gov).startsWith("NNP");
            if (THROUGH_MODIFIER.contains(rel) && !titles && !author && !ofName) {
                return false;
            }
            x = gov;
        }
        return true;
    }

    private static boolean isPerson(List<Entity> entities, String id) {
        return entities.stream().anyMatch(e -> e.id().equals(id) && e.type() == EntityType.PERSON);
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
     * then the ones before it (sentences of quoted words skipped). Within a sentence, an entity whose titles name the role noun comes first, then the
     * subject, then the entity named last. For a personal pronoun, an entity the entity layer already refers to
     * by a pronoun of the same gender wins over one of unknown gender within the window; one it refers to by the
     * other gender's pronouns is never taken.
     */
    private String salient(List<DependencyTree> trees, List<Entity> entities, List<QuotedPassage> passages,
                           int sentence, int offset, EntityType type, String noun, Set<String> clash) {
        Set<String> same = clash == FEMININE ? MASCULINE : clash == MASCULINE ? FEMININE : Set.of();
        if (!same.isEmpty()) {
            List<Entity> gendered = entities.stream().filter(e -> referredToAs(e, same)).toList();
            String found = salientAmong(trees, gendered, passages, sentence, offset, type, noun);
            if (found != null) {
                return found;
            }
        }
        List<Entity> allowed = entities.stream().filter(e -> !referredToAs(e, clash)).toList();
        return salientAmong(trees, allowed, passages, sentence, offset, type, noun);
    }

    private static String salientAmong(List<DependencyTree> trees, List<Entity> entities, List<QuotedPassage> passages,
                                       int sentence, int offset, EntityType type, String noun) {
        int looked = 0;
        for (int s = sentence; s >= 0 && looked < LOOK_BACK; s--) {
            DependencyTree t = trees.get(s);
            if (s != sentence && quotedThrough(t, passages)) {
                continue; // a sentence of quoted words names no antecedent and does not count
            }
            looked++;
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

    /** The pronouns of the other gender than {@code pronoun}'s: an entity they refer to is not it. */
    private static Set<String> genderClash(String pronoun) {
        return switch (pronoun) {
            case "he", "him" -> FEMININE;
            case "she", "her" -> MASCULINE;
            default -> Set.of();
        };
    }

    /** Whether some mention of {@code e} is one of {@code pronouns}. */
    private static boolean referredToAs(Entity e, Set<String> pronouns) {
        for (Span m : e.mentions()) {
            if (pronouns.contains(m.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the whole sentence stands inside one quotation. */
    private static boolean quotedThrough(DependencyTree t, List<QuotedPassage> passages) {
        for (QuotedPassage p : passages) {
            if (p.outer().start() <= t.sentence().start() && t.sentence().end() <= p.outer().end()) {
                return true;
            }
        }
        return false;
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
