package org.dossier.extract.entity;

import org.dossier.model.EntityType;

import java.util.Locale;
import java.util.Set;

/**
 * Resolves definite descriptions ("the president-elect", "the alliance", "the embattled country") to a referent
 * mentioned before them. A description is "the", at most three lowercase adjectives (not "the Saudi ambassador",
 * another country's), and a singular common noun that ends the noun phrase (not "the president of ...").
 * A person's title word ("the president") goes to the person most recently mentioned whose titles contain that
 * word; an organization or place noun ({@code descriptions.txt}) to the most recent organization or place of a kind
 * its name states within the last {@value #WINDOW} sentences, else to the one last described with the same noun,
 * else to the most recent one whose name states no kind. Stateless.
 */
final class DescriptionResolver {

    /** A description found in a sentence: tokens {@code [from, to)}. */
    record Found(int from, int to, String head) {
    }

    private static final int WINDOW = 2;
    private static final int PERSON_WINDOW = 6;
    private static final Set<String> MODIFIER_POS = Set.of("JJ", "JJR", "JJS", "VBN", "VBG");

    private final EntityLexicon lexicon;

    DescriptionResolver(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The description starting at token {@code i} ("the"), or {@code null}. */
    Found find(LabelledSentence s, int i) {
        if (!s.lower(i).equals("the") || s.labelled(i)) {
            return null;
        }
        int j = i + 1;
        while (j < s.size() && j - i <= 3 && MODIFIER_POS.contains(s.token(j).pos()) && !s.labelled(j)
                && !s.capitalized(j) && !"NATIONALITY".equals(s.token(j).ner())) {
            j++;
        }
        if (j >= s.size() || s.labelled(j) || !s.token(j).pos().equals("NN") || s.capitalized(j)) {
            return null;
        }
        if (j + 1 < s.size()) {
            String next = s.token(j + 1).pos();
            if (next.startsWith("NN") || s.lower(j + 1).equals("of") || s.labelled(j + 1)) {
                return null;
            }
        }
        String head = s.lower(j);
        if (!personNoun(s, j) && lexicon.description(head) == null) {
            return null;
        }
        return new Found(i, j + 1, head);
    }

    Referent resolve(LabelledSentence s, Found f, Discourse discourse) {
        int offset = s.token(f.from()).start();
        int index = s.sentence().index();
        if (personNoun(s, f.to() - 1)) {
            for (Discourse.Mention m : discourse.before(offset)) {
                if (index - m.sentence() > PERSON_WINDOW) {
                    return null;
                }
                if (m.referent().type() == EntityType.PERSON && titled(m.referent(), f.head())) {
                    return m.referent();
                }
            }
            return null;
        }
        EntityLexicon.DescriptionTarget target = lexicon.description(f.head());
        Referent opaque = null;
        for (Discourse.Mention m : discourse.before(offset)) {
            if (index - m.sentence() > WINDOW) {
                break;
            }
            Referent r = m.referent();
            if (r.type() == target.type()) {
                String kind = kind(r);
                if (target.kinds().contains(kind)) {
                    return r; // "the airline" after "China Eastern Airlines", even if "Airbus" came later
                }
                if (opaque == null && kind.equals("any")) {
                    opaque = r;
                }
            }
        }
        for (Discourse.Mention m : discourse.describedBefore(f.head(), offset)) {
            if (f.head().equals(m.description()) && m.referent().type() == target.type()) {
                return m.referent(); // "the company" again is the company called so before
            }
        }
        return opaque;
    }

    private boolean personNoun(LabelledSentence s, int j) {
        return lexicon.isTitleWord(s.word(j)) && lexicon.description(s.word(j)) == null;
    }

    private static boolean titled(Referent r, String head) {
        for (Title t : r.titles()) {
            for (String w : t.span().text().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (w.equals(head)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An organization's kind from its name's last word, a place's subtype; "any" when the name does not say. */
    private String kind(Referent r) {
        String last = r.fullest().words().get(r.fullest().words().size() - 1);
        if (r.type() == EntityType.LOCATION) {
            if (r.subtype() != null) {
                return r.subtype();
            }
            return lexicon.isLocationHead(last) ? "facility" : "any";
        }
        String kind = lexicon.organizationKind(last);
        return kind == null ? "any" : kind;
    }
}
