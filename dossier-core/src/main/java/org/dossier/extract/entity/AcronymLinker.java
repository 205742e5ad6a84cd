package org.dossier.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Links an acronym in brackets to the name right before it ("the United States Air Force ( USAF )"), labelling
 * the acronym like the name even where CoreNLP did not. The acronym must be plausible: its letters appear in the
 * name's words in order, starting with the first. Stateless.
 */
final class AcronymLinker {

    List<NameLink> link(List<LabelledSentence> sentences) {
        List<NameLink> out = new ArrayList<>();
        for (LabelledSentence s : sentences) {
            for (int[] run : s.runs()) {
                int open = run[1];
                if (open + 2 < s.size() && s.word(open).equals("(") && s.word(open + 2).equals(")")
                        && Names.isAcronym(s.word(open + 1)) && abbreviates(letters(s.word(open + 1)), words(s, run))) {
                    int a = open + 1;
                    if (!s.labelled(a) || s.type(a) != s.type(run[0])) {
                        s.label(a, a + 1, s.type(run[0]), s.subtype(run[0]));
                    }
                    out.add(new NameLink(List.of(s.word(a)), words(s, run)));
                }
            }
        }
        return out;
    }

    /** Whether the acronym's letters occur in order in the words, the first letter opening the first word. */
    static boolean abbreviates(String acronym, List<String> words) {
        List<String> content = new ArrayList<>();
        for (String w : words) {
            if (!w.equalsIgnoreCase("the")) {
                content.add(w);
            }
        }
        if (content.isEmpty() || acronym.isEmpty()) {
            return false;
        }
        if (content.stream().anyMatch(w -> letters(w).equals(acronym))) {
            return true;
        }
        String joined = String.join("", content).toUpperCase(Locale.ROOT);
        if (joined.charAt(0) != acronym.charAt(0)) {
            return false;
        }
        int at = 0;
        for (char c : acronym.toCharArray()) {
            at = joined.indexOf(c, at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    static String letters(String word) {
        return word.replace(".", "").replace("&", "");
    }

    private static List<String> words(LabelledSentence s, int[] run) {
        List<String> out = new ArrayList<>();
        for (int i = run[0]; i < run[1]; i++) {
            out.add(s.word(i));
        }
        return out;
    }
}
