package org.dossier.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells speech from short terms and titles by the quoted words alone: a title capitalizes every word but the
 * small ones and does not end a sentence; one or two words are a short term; the rest is speech.
 */
final class PassageClassifier {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.\\-]*");
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "but", "nor", "of", "in",
            "on", "at", "to", "for", "by", "with", "from", "as", "vs", "vs.", "de", "la", "le", "von", "van");
    private static final int MAX_TITLE_WORDS = 10;

    PassageKind classify(String quoted) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(quoted);
        while (m.find()) {
            words.add(m.group());
        }
        if (words.size() >= 2 && words.size() <= MAX_TITLE_WORDS && isTitleCase(words)
                && !endsSentence(quoted)) {
            return PassageKind.TITLE;
        }
        return words.size() <= 2 ? PassageKind.SHORT : PassageKind.SPEECH;
    }

    private static boolean isTitleCase(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean small = i > 0 && SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT));
            if (!small && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return Character.isUpperCase(words.get(0).charAt(0)) || Character.isDigit(words.get(0).charAt(0));
    }

    private static boolean endsSentence(String quoted) {
        String t = quoted.strip();
        return !t.isEmpty() && ".!?".indexOf(t.charAt(t.length() - 1)) >= 0;
    }
}
