package org.dossier.extract.time;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.lexicon.Lexicon;
import org.dossier.extract.time.Meaning.ClockTime;
import org.dossier.extract.time.Meaning.PartOfDay;
import org.dossier.model.Span;
import org.dossier.model.Timex;
import org.dossier.model.TimexType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dossier's rule-based temporal tagger (in the manner of HeidelTime): a grammar of precompiled patterns finds
 * dates, times, durations and sets in the article text, part-of-speech tags veto false friends ("May" the modal,
 * "fall" the verb), and a normalizer writes each one's TIMEX3 value against the publication date, with the tense
 * of the clause deciding which way a bare "Friday" or "April" points.
 *
 * <p>Contract: stateless after construction and safe to share between threads; deterministic (the same article
 * and anchor give the same result); the result is in text order, spans do not overlap and lie inside the text,
 * ids run {@code T1, T2, ...}. With no anchor, values that need one stay underspecified ({@code XXXX-12-18},
 * {@code XXXX-WXX-5}); the system clock is never read.
 */
public final class RuleTimexTagger implements TimexTagger {

    private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PERIOD_ENDED = Pattern.compile(
            "(?i)\\b(quarters?|period|months|year|weeks|half)\\h+(?:that\\h+|which\\h+)?(?:ended|ending|ends|closed)"
                    + "(?:\\h+(?:on|in))?\\h+$");

    private final TimexGrammar grammar = new TimexGrammar();
    private final TenseDetector tenses;

    /** A tagger reading the shipped kernel lexicon. */
    public RuleTimexTagger() {
        this(Lexicon.standard());
    }

    /** A tagger whose tenses read {@code lexicon}'s modality ("expected to meet Monday" looks ahead). */
    public RuleTimexTagger(Lexicon lexicon) {
        this.tenses = new TenseDetector(lexicon.modality());
    }

    @Override
    public List<Timex> tag(AnnotatedArticle article, Optional<LocalDate> anchor) {
        String text = article.text();
        TokenIndex tokens = new TokenIndex(article);
        List<Mention> mentions = grammar.find(text, tokens);
        TimexNormalizer normalizer = new TimexNormalizer(anchor);
        String[] values = new String[mentions.size()];
        // clock times and parts of day without a day of their own wait for the other values of their sentence
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (!needsContextDay(m)) {
                values[i] = normalizer.resolve(m.type(), m.meaning(), tense(m, tokens, text), null,
                        closedPeriod(text, m));
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (needsContextDay(m)) {
                values[i] = normalizer.resolve(m.type(), m.meaning(), tense(m, tokens, text),
                        contextDay(mentions, values, i, article, anchor.isPresent()));
            }
        }
        List<Timex> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            out.add(new Timex("T" + (i + 1), Span.of(text, m.start(), m.end()), m.type(), values[i]));
        }
        return out;
    }

    /**
     * The granularity of the reporting period a date closes ("the third quarter ended Sept. 30": a quarter;
     * "the year ending June 30", "the nine months ended": a year), or {@code null} when it closes none.
     */
    private static Granularity closedPeriod(String text, Mention m) {
        Matcher before = PERIOD_ENDED.matcher(text.substring(Math.max(0, m.start() - 40), m.start()));
        if (!before.find()) {
            return null;
        }
        return before.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("quarter")
                ? Granularity.QUARTER : Granularity.YEAR;
    }

    private static boolean needsContextDay(Mention m) {
        return m.meaning() instanceof ClockTime c && c.day() == null
                || m.meaning() instanceof PartOfDay p && p.day() == null;
    }

    /**
     * The day a clock time or part of day without one belongs to: the nearest day named in its sentence, else the
     * last one named in the two sentences before it, else (with an anchor) {@code null}, meaning the publication
     * date; without an anchor, the last day named anywhere before it.
     */
    private static String contextDay(List<Mention> mentions, String[] values, int i, AnnotatedArticle article,
                                     boolean anchored) {
        Mention m = mentions.get(i);
        Sentence s = article.sentenceAt(m.start());
        if (s == null) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String earlier = null;
        for (int j = 0; j < mentions.size(); j++) {
            Mention o = mentions.get(j);
            if (j == i || values[j] == null || o.type() != TimexType.DATE || !DAY_VALUE.matcher(values[j]).matches()) {
                continue;
            }
            if (o.start() >= s.start() && o.end() <= s.end()) {
                int d = Math.abs(o.start() - m.start());
                if (d < bestDistance) {
                    bestDistance = d;
                    best = values[j];
                }
            } else if (o.end() <= s.start()) {
                Sentence os = article.sentenceAt(o.start());
                if (!anchored || os != null && os.index() >= s.index() - 2) {
                    earlier = values[j];
                }
            }
        }
        return best != null ? best : earlier;
    }

    /** The tense of the clause, or none for a possessive ("Wednesday's ruling" names a day, not a clause). */
    private Tense tense(Mention m, TokenIndex tokens, String text) {
        List<TokenIndex.Located> in = tokens.within(m.start(), m.end());
        if (in.isEmpty() || text.startsWith("'s", m.end() - 2)) {
            return Tense.UNKNOWN;
        }
        Sentence s = in.get(0).sentence();
        int first = in.get(0).token().index();
        int last = first;
        for (TokenIndex.Located l : in) {
            if (l.sentence() == s) {
                last = Math.max(last, l.token().index());
            }
        }
        return tenses.of(s, first, last);
    }
}
