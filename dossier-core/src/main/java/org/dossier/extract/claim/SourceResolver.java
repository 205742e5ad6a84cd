package org.dossier.extract.claim;

import org.dossier.annotate.DependencyTree;
import org.dossier.annotate.Token;
import org.dossier.annotate.lexicon.RoleNouns;
import org.dossier.extract.entity.Names;
import org.dossier.extract.entity.References;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Span;

import java.util.List;
import java.util.Set;

/**
 * Maps a source as written to the entity it refers to.
 *
 * <p>First by the entities' own mentions: the entity with a mention over the source's head word (for "X, who
 * said", over the noun the relative pronoun stands for), else the one whose name closes the source's phrase
 * ("chief executive Maarten Hollander"). When the entity layer's extraction has not resolved the word, a
 * third-person pronoun ("he added", "they said") or a description built on a role noun ("the president said",
 * "the alliance affirmed") goes to the entity layer's resolver ({@link References#antecedent}), with the same
 * look-back and pronoun list as the entity layer's own resolution; nothing is resolved here. First-person
 * pronouns are left to the caller, who knows whose quotation they are in.
 */
final class SourceResolver {

    private static final Set<String> DETERMINERS = Set.of("the", "this", "that");
    /** Relations by which a name belongs to a modifier, clause or other conjunct of a phrase, not to the phrase. */
    private static final Set<String> THROUGH_MODIFIER = Set.of("nmod", "acl", "obl", "conj", "advcl", "ccomp",
            "nsubj", "obj");

    private final RoleNouns roles;

    SourceResolver(RoleNouns roles) {
        this.roles = roles;
    }

    /**
     * The entity id for {@code a}'s source, or {@code null} when it resolves to none; {@code references} is the
     * article's, built once for all its attributions.
     */
    String resolve(List<DependencyTree> trees, References references, Attribution a) {
        SourceMention m = a.source();
        if (m == null) {
            return a.entity();
        }
        int sentence = a.sentence() - m.back();
        DependencyTree t = trees.get(sentence);
        int head = m.antecedent() >= 0 ? m.antecedent() : m.head();
        Token h = t.token(head);
        String byMention = references.entityAt(h.start(), h.end());
        if (m.antecedent() < 0) {
            String closing = closingName(t, m.first(), m.last(), references);
            if (byMention == null || closing != null && references.isOfType(closing, EntityType.PERSON)
                    && !references.isOfType(byMention, EntityType.PERSON)) {
                // "Port of Rotterdam chief executive Maarten Hollander said" parsed with "Port" as the head: the
                // organization is part of the person's title, and the person closing the phrase is the source
                byMention = closing;
            }
        }
        if (byMention != null) {
            return byMention;
        }
        String word = t.lowerWord(head);
        Names.Pronoun pronoun = Names.pronoun(word);
        EntityType wanted = null;
        if (pronoun != null && pronoun.personal()) {
            wanted = EntityType.PERSON;
        } else if (pronoun != null && pronoun.impersonal()) {
            wanted = EntityType.ORGANIZATION;
        } else if (isDescription(t, head)) {
            wanted = roles.typeOf(word);
        }
        if (wanted == null) {
            return null;
        }
        return references.antecedent(sentence, t.token(m.first()).start(), wanted, word);
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
    private static String closingName(DependencyTree t, int first, int last, References references) {
        int start = t.token(first).start();
        int end = t.token(last).end();
        for (References.MentionAt s : references.endingAt(start, end)) {
            if (namesPhrase(t, t.tokenAt(s.end() - 1), first, last)) {
                return s.entity();
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
}
