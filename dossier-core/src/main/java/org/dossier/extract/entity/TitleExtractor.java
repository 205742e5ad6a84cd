package org.dossier.extract.entity;

import org.dossier.model.EntityType;
import org.dossier.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the titles attached to a person's name: before it ("NATO Secretary General Mark Rutte", "French President
 * Emmanuel Macron", "Apple CEO and co-founder Steve Jobs") and in apposition after it ("Mark, NATO Secretary
 * General,") or before it ("the Prime Minister of Singapore, Mr. Lee Hsien Loong"). A title is a run of title
 * words (CoreNLP's TITLE tag or {@code title-words.txt}), with the organizations, places and demonyms that
 * qualify it (whole, even where CoreNLP tagged only the end of "Port of Rotterdam") and, in apposition, an "of ..."
 * tail. Stateless.
 */
final class TitleExtractor {

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final Set<String> TAIL_PREPOSITIONS = Set.of("of", "for", "at", "to", "in");
    private static final Set<String> JOINERS = Set.of("and", "&", "of");
    /** Words inside a name that a qualifier may be the tail of: "Port of Rotterdam", "Bank of the West". */
    private static final Set<String> NAME_JOINERS = Set.of("of", "for", "the", "de", "&");

    private final EntityLexicon lexicon;

    TitleExtractor(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Title> titles(String text, LabelledSentence s, NameMention person) {
        List<Title> out = new ArrayList<>();
        int before = skipHonorificsLeft(s, person.from() - 1);
        Title prefix = prefix(text, s, before);
        if (prefix != null) {
            out.add(prefix);
        }
        Title after = appositiveAfter(text, s, person.to());
        if (after != null) {
            out.add(after);
        }
        if (prefix == null && before >= 1 && s.word(before).equals(",")) {
            Title ahead = appositiveBefore(text, s, before - 1);
            if (ahead != null) {
                out.add(ahead);
            }
        }
        return out;
    }

    /** The gender an honorific right before the name implies ("Mr. Lee"), or UNKNOWN. */
    Gender honorificGender(LabelledSentence s, NameMention person) {
        int k = person.from() - 1;
        return k >= 0 && lexicon.honorific(s.word(k)) != null ? lexicon.honorific(s.word(k)) : Gender.UNKNOWN;
    }

    /**
     * The name with the honorifics and title words written right before it, when nothing else qualifies the
     * title ("President Vladimir Putin", "Mr. Lee Hsien Loong", but not "French President Emmanuel Macron"): a
     * styled form of the name. {@code null} when there is none.
     */
    Span styledName(String text, LabelledSentence s, NameMention person) {
        int k = person.from() - 1;
        while (k >= 0 && (lexicon.honorific(s.word(k)) != null || titleWord(s, k))) {
            k--;
        }
        int start = k + 1;
        if (start == person.from() || !s.capitalized(start) || modifier(s, k, true)
                || k >= 0 && s.capitalized(k) && !s.separator(k) && !s.lower(k).equals("the")) {
            return null;
        }
        return Span.of(text, s.token(start).start(), person.span().end());
    }

    private int skipHonorificsLeft(LabelledSentence s, int k) {
        while (k >= 0 && lexicon.honorific(s.word(k)) != null) {
            k--;
        }
        return k;
    }

    private boolean titleWord(LabelledSentence s, int i) {
        return i >= 0 && i < s.size() && !s.labelled(i) && !s.separator(i)
                && ("TITLE".equals(s.token(i).ner()) || lexicon.isTitleWord(s.word(i)));
    }

    /**
     * A word that qualifies a title: an organization or place ("NATO", "U.S."), a demonym ("French"), a possessive
     * after a name; a person only with a possessive ("Clinton's campaign manager") or, right before a title,
     * when {@code barePerson} ("Clinton communication director").
     */
    private boolean modifier(LabelledSentence s, int i, boolean barePerson) {
        if (i < 0 || i >= s.size() || s.separator(i)) {
            return false;
        }
        if (s.labelled(i)) {
            return s.type(i) != EntityType.PERSON || barePerson
                    || i + 1 < s.size() && s.token(i + 1).pos().equals("POS");
        }
        return "NATIONALITY".equals(s.token(i).ner())
                || s.token(i).pos().equals("POS") && i > 0 && s.labelled(i - 1);
    }

    /**
     * Where the qualifiers starting at {@code start} really start: CoreNLP often tags only the last part of a
     * name built with "of" ("Port of Rotterdam chief executive", "Bank of England Governor"), and the title must
     * not keep a cut name ("Rotterdam chief executive"). Capitalized name words joined by "of", "for", "the",
     * "de" or "&" before the qualifiers are taken into the title, however many there are ("University of the West
     * of England"); a lowercase word before "of" ("the wife of French President") is no part of a name.
     */
    private int wholeName(LabelledSentence s, int start, int coreStart) {
        if (start == coreStart) {
            return start;
        }
        int k = start;
        while (true) {
            int j = k - 1;
            while (j >= 0 && NAME_JOINERS.contains(s.word(j))) {
                j--;
            }
            if (j == k - 1 || j < 0 || s.word(j + 1).equals("the") || !nameWord(s, j)) {
                return k;
            }
            k = j;
            while (nameWord(s, k - 1)) {
                k--;
            }
        }
    }

    /**
     * {@link #wholeName} after a comma, where the qualifiers come first: "NAME, Port of Rotterdam chief executive,"
     * with only "Rotterdam" tagged. From {@code p}, capitalized name words joined by "of", "for", "the", "de" or "&"
     * to a tagged name are skipped, and the qualifiers go on from that tagged name; returns {@code p} itself when
     * no joiner leads to one.
     */
    private int wholeNameAhead(LabelledSentence s, int p) {
        int k = p;
        int end = p;
        while (true) {
            int w = k;
            while (w < s.size() && nameWord(s, w)) {
                w++;
            }
            if (w == k) {
                return end;
            }
            if (k > p) {
                int last = w - 1;
                while (last >= k && !s.labelled(last)) {
                    last--;
                }
                if (last >= k) {
                    end = last; // the tagged name, from which modifier() goes on
                }
            }
            int j = w;
            while (j < s.size() && NAME_JOINERS.contains(s.word(j))) {
                j++;
            }
            if (j == w || s.word(w).equals("the")) {
                return end;
            }
            k = j;
        }
    }

    /** A capitalized word of an organization's or place's name: tagged as one, or an untagged proper noun. */
    private boolean nameWord(LabelledSentence s, int i) {
        if (i < 0 || s.separator(i) || !s.capitalized(i) || titleWord(s, i) || lexicon.honorific(s.word(i)) != null
                || "NATIONALITY".equals(s.token(i).ner())) {
            return false;
        }
        return s.labelled(i) ? s.type(i) != EntityType.PERSON : s.properNoun(i);
    }

    /**
     * Title words ending at {@code end} (inclusive), leftwards, with "and" or "of" between them, and up to two
     * common nouns before a lowercase title ("campaign manager", "communication director", not "the way Sen.");
     * returns the first index.
     */
    private int coreStartLeft(LabelledSentence s, int end) {
        int k = end;
        while (titleWord(s, k) || JOINERS.contains(s.lower(Math.max(k, 0))) && k > 0 && k < end
                && titleWord(s, k - 1)) {
            k--;
        }
        if (k == end) {
            return end + 1;
        }
        for (int nouns = 0; nouns < 2 && commonNoun(s, k) && !s.capitalized(k + 1); nouns++) {
            k--;
        }
        return k + 1;
    }

    private static boolean commonNoun(LabelledSentence s, int i) {
        return i >= 0 && i < s.size() && !s.labelled(i) && !s.capitalized(i)
                && (s.token(i).pos().equals("NN") || s.token(i).pos().equals("NNS"));
    }

    private Title prefix(String text, LabelledSentence s, int end) {
        int coreStart = coreStartLeft(s, end);
        if (coreStart > end) {
            return null;
        }
        int start = coreStart;
        while (modifier(s, start - 1, start == coreStart)) {
            start--;
        }
        start = wholeName(s, start, coreStart);
        if (start == coreStart && start > 0 && s.capitalized(start - 1) && !s.labelled(start - 1)
                && lexicon.honorific(s.word(start - 1)) == null
                && Set.of("JJ", "VBG", "VBN", "NNP").contains(s.token(start - 1).pos())
                && (start - 1 == 0 || s.separator(start - 2))) {
            start--; // "Presiding Judge", "Former President" at the start of a sentence or clause
        }
        return title(text, s, start, end + 1, coreStart, end + 1, true);
    }

    private Title appositiveAfter(String text, LabelledSentence s, int after) {
        if (after >= s.size() || !s.word(after).equals(",")) {
            return null;
        }
        int p = after + 1;
        if (p < s.size() && DETERMINERS.contains(s.lower(p))) {
            p++;
        }
        int start = p;
        p = wholeNameAhead(s, p);
        while (modifier(s, p, false)) {
            p++;
        }
        int coreStart = p;
        for (int nouns = 0; nouns < 2 && commonNoun(s, p) && !titleWord(s, p); nouns++) {
            p++;
        }
        if (!titleWord(s, p)) {
            return null;
        }
        while (titleWord(s, p) || p > coreStart && p + 1 < s.size() && JOINERS.contains(s.lower(p))
                && titleWord(s, p + 1)) {
            p++;
        }
        int coreEnd = p;
        if (coreEnd == coreStart) {
            return null;
        }
        p = tail(s, p);
        if (p < s.size() && !s.separator(p)) {
            return null;
        }
        return title(text, s, start, p, coreStart, coreEnd, false);
    }

    /** An "of/for ..." tail: up to the next punctuation, and only through nouns, names and function words. */
    private static int tail(LabelledSentence s, int p) {
        if (p >= s.size() || !TAIL_PREPOSITIONS.contains(s.lower(p))) {
            return p;
        }
        int q = p + 1;
        while (q < s.size() && !s.separator(q)) {
            String pos = s.token(q).pos();
            if (pos.startsWith("VB") || pos.startsWith("W") || pos.equals("PRP") || pos.equals("MD")) {
                return p;
            }
            q++;
        }
        return q == p + 1 ? p : q;
    }

    /** "Ryanair CEO , NAME" or "the Prime Minister of Singapore , NAME": {@code last} is the token before the comma. */
    private Title appositiveBefore(String text, LabelledSentence s, int last) {
        int coreEnd = last + 1;
        int q = last;
        if (s.labelled(q) && s.type(q) != EntityType.PERSON) {
            int[] run = s.runAt(q);
            if (run != null && run[0] >= 2 && TAIL_PREPOSITIONS.contains(s.lower(run[0] - 1))) {
                q = run[0] - 2;
                coreEnd = q + 1;
            }
        }
        int coreStart = coreStartLeft(s, q);
        if (coreStart > q) {
            return null;
        }
        int start = coreStart;
        while (modifier(s, start - 1, false)) {
            start--;
        }
        start = wholeName(s, start, coreStart);
        if (start > 0 && !(s.separator(start - 1) || DETERMINERS.contains(s.lower(start - 1))
                || s.token(start - 1).pos().startsWith("VB") || s.token(start - 1).pos().equals("IN"))) {
            return null;
        }
        return title(text, s, start, last + 1, coreStart, coreEnd, false);
    }

    private static Title title(String text, LabelledSentence s, int from, int to, int coreFrom, int coreTo,
                               boolean prefix) {
        Span span = Span.of(text, s.token(from).start(), s.token(to - 1).end());
        String role = text.substring(s.token(coreFrom).start(), s.token(coreTo - 1).end());
        return new Title(span, role, prefix);
    }
}
