package org.dossier.extract.time;

import java.util.Locale;
import java.util.Map;

/**
 * Counts written in digits or words: "14", "1,000", "2 1/2", "twenty-four", "two and a half", "a couple of",
 * "a dozen". {@link #PATTERN} finds them, {@link #value} reads them.
 */
final class NumberWords {

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("a", 1), Map.entry("an", 1), Map.entry("dozen", 12),
            Map.entry("couple", 2), Map.entry("hundred", 100), Map.entry("thousand", 1000));

    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30),
            Map.entry("last", 4), Map.entry("final", 4));

    private static final String ONES = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
            + "|nineteen";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    /** A count in words (case-insensitive, no capture group). */
    static final String WORDS = "(?i:(?:" + TENS + ")(?:[-\\h](?:" + ONES + "))?|" + TEENS + "|" + ONES
            + "|(?:a\\h+|one\\h+)?hundred|(?:a\\h+)?dozen|a\\h+couple(?:\\h+of)?|couple\\h+of)";

    /** A count in digits ("14", "1,000", "2.5", "2 1/2"), no capture group. */
    static final String DIGITS = "(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\h+[1-9]/[1-9])?";

    /** Any definite count, no capture group. */
    static final String PATTERN = "(?:" + DIGITS + "|" + WORDS + "(?:\\h+and\\h+a\\h+half)?)";

    /** Ordinal words and numbers up to 31 ("third", "3rd", "21st"), no capture group. */
    static final String ORDINAL = "(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
            + "|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
            + "|thirtieth|(?:twenty|thirty)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
            + "|\\d{1,2}(?:st|nd|rd|th))";

    private NumberWords() {
    }

    /** The count a match of {@link #PATTERN} writes; {@code null} if it cannot be read. */
    static Double value(String text) {
        String t = text.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
        double half = 0;
        if (t.endsWith(" and a half")) {
            half = 0.5;
            t = t.substring(0, t.length() - " and a half".length());
        }
        if (t.matches("[\\d,]+(\\.\\d+)?( [1-9]/[1-9])?")) {
            String[] parts = t.split(" ");
            double v = Double.parseDouble(parts[0].replace(",", ""));
            if (parts.length == 2) {
                String[] frac = parts[1].split("/");
                v += Double.parseDouble(frac[0]) / Double.parseDouble(frac[1]);
            }
            return v + half;
        }
        t = t.replaceFirst("^an? (?=\\S+ )", "").replaceFirst("^an? (?=dozen|couple|hundred)", "");
        double total = 0;
        double current = 0;
        for (String w : t.replace('-', ' ').split(" ")) {
            if (w.equals("of") || w.isEmpty()) {
                continue;
            }
            Integer n = SMALL.get(w);
            if (n == null) {
                return null;
            }
            if (n == 100 || n == 1000) {
                current = Math.max(current, 1) * n;
                if (n == 1000) {
                    total += current;
                    current = 0;
                }
            } else if (n == 12 && w.equals("dozen")) {
                current = Math.max(current, 1) * 12;
            } else {
                current += n;
            }
        }
        return total + current + half;
    }

    /** The number an ordinal writes ("third" → 3, "21st" → 21); "last" and "final" read as 4 (quarters). */
    static int ordinal(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.matches("\\d{1,2}(st|nd|rd|th)")) {
            return Integer.parseInt(t.substring(0, t.length() - 2));
        }
        Integer direct = ORDINALS.get(t);
        if (direct != null) {
            return direct;
        }
        String[] parts = t.split("-");
        if (parts.length == 2 && SMALL.containsKey(parts[0]) && ORDINALS.containsKey(parts[1])) {
            return SMALL.get(parts[0]) + ORDINALS.get(parts[1]);
        }
        throw new IllegalArgumentException("'" + text + "' is not an ordinal this grammar writes");
    }
}
