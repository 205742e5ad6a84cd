package org.dossier.extract.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * All rules, run over an article's text; where candidates overlap, the longest wins (then the earlier rule), so
 * "Friday, Oct. 23" is one date and "the past two years" one duration. Immutable and shareable.
 */
final class TimexGrammar {

    private final List<Rule> rules;

    TimexGrammar() {
        List<Rule> all = new ArrayList<>();
        all.addAll(ClockRules.rules());
        all.addAll(DateRules.rules());
        all.addAll(PeriodRules.rules());
        all.addAll(RelativeRules.rules());
        all.addAll(AnaphoraRules.rules());
        all.addAll(FuzzyRules.rules());
        all.addAll(SetRules.rules());
        all.addAll(DurationRules.rules());
        this.rules = List.copyOf(all);
    }

    /** The non-overlapping mentions of {@code text}, in text order. */
    List<Mention> find(String text, TokenIndex tokens) {
        List<Mention> candidates = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            Matcher m = rule.pattern().matcher(text);
            int from = 0;
            while (from < text.length() && m.find(from)) {
                RuleMatch match = new RuleMatch(m, tokens, text);
                Optional<Reading> reading = rule.reader().read(match);
                if (reading.isPresent() && m.end() > m.start()) {
                    int end = trimEnd(text, m.start(), m.end());
                    candidates.add(new Mention(m.start(), end, reading.get().type(), reading.get().meaning(),
                            rule.name()));
                }
                // retry one character on, so a declined long match does not hide a shorter one inside it
                from = m.start() + 1;
            }
        }
        return select(candidates);
    }

    /** No trailing whitespace or comma in a span. */
    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start + 1 && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        return e;
    }

    private static List<Mention> select(List<Mention> candidates) {
        List<Mention> byPreference = new ArrayList<>(candidates);
        byPreference.sort(Comparator.comparingInt(Mention::length).reversed());
        List<Mention> chosen = new ArrayList<>();
        for (Mention c : byPreference) {
            if (chosen.stream().noneMatch(c::overlaps)) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Mention::start));
        return chosen;
    }
}
