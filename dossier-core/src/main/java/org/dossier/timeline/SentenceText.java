package org.dossier.timeline;

import org.dossier.model.Span;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentence around a trigger, for display, found in the article text alone (a stored record keeps no sentence
 * boundaries): from the last sentence end before the trigger to the first one after it. A period ends a sentence
 * when a space and a capital, digit or quote follow and it does not close an abbreviation ("Dec.", "U.S.").
 */
public final class SentenceText {

    private static final Pattern END = Pattern.compile("(?<=[.!?][\"'\u201d\u2019]?)\\s+(?=[\"'\u201c\u2018A-Z0-9])|\\n+");

    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("Jan", "Feb", "Mar", "Apr", "Jun",
            "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt",
            "Col", "Sgt", "Capt", "Prof", "St", "Jr", "Sr", "No", "Co", "Corp", "Inc", "Ltd", "Adm", "Maj", "Pres");

    private SentenceText() {
    }

    /** The sentence of {@code text} around {@code trigger}, stripped; the trigger's text when the text is missing or shorter. */
    public static String around(String text, Span trigger) {
        if (text == null || text.isEmpty() || trigger.end() > text.length()) {
            return trigger.text();
        }
        int start = 0;
        int end = text.length();
        Matcher m = END.matcher(text);
        while (m.find()) {
            if (isAbbreviation(text, m.start())) {
                continue;
            }
            if (m.end() <= trigger.start()) {
                start = m.end();
            } else if (m.start() >= trigger.end()) {
                end = m.start();
                break;
            }
        }
        return text.substring(start, end).strip();
    }

    /** "Dec. 18", "U.S. President", "Gen. Smith": the period closes an abbreviation, not a sentence. */
    private static boolean isAbbreviation(String text, int at) {
        if (at == 0 || text.charAt(at - 1) != '.' || text.charAt(at) == '\n') {
            return false;
        }
        int k = at - 2;
        while (k >= 0 && (Character.isLetter(text.charAt(k)) || text.charAt(k) == '.')) {
            k--;
        }
        String word = text.substring(k + 1, at - 1);
        return word.contains(".") || ABBREVIATIONS.contains(word);
    }
}
