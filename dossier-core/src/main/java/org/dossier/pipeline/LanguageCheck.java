package org.dossier.pipeline;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import org.dossier.model.Article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Which language an article is written in, told by Lingua (a maintained detector from Maven Central), before the
 * expensive annotation: Dossier's models read English only, so a Ukrainian or Russian article would otherwise give
 * no entities, quotes or events, silently.
 *
 * <p>To keep memory and load time low, only the languages of the press Dossier's users read are loaded (about a
 * dozen), in Lingua's low-accuracy mode (trigram models only; fine for article-length texts); a text in another
 * language is reported as the nearest of them or as unknown, which is still "not English". The models load on the
 * first article (about 1 s here, a few MB of heap), or in the background while CoreNLP loads
 * ({@link #preloadInBackground()}).
 */
public final class LanguageCheck {

    /** The languages told apart. */
    static final List<Language> LANGUAGES = List.of(Language.ENGLISH, Language.UKRAINIAN, Language.RUSSIAN,
            Language.BELARUSIAN, Language.POLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH,
            Language.ITALIAN, Language.PORTUGUESE, Language.DUTCH, Language.TURKISH, Language.ARABIC);

    /** Shortest text (letters) worth a verdict: below it a headline-length text says little. */
    static final int MIN_LETTERS = 40;

    /** Lowest confidence, of the best language, for a verdict against English. */
    static final double MIN_CONFIDENCE = 0.5;

    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(
                LANGUAGES.toArray(Language[]::new)).withLowAccuracyMode().build();
    }

    /** What the detector says: ISO 639-1 code ("uk") and English name ("Ukrainian"), with its confidence (0 to 1). */
    public record Detected(String code, String name, double confidence) {
        public boolean english() {
            return "en".equals(code);
        }
    }

    private LanguageCheck() {
    }

    /**
     * Loads the language models on a background thread (about 1 s on this kind of machine), so that a command that
     * is about to load the much slower CoreNLP models pays nothing for them on its first article.
     */
    public static void preloadInBackground() {
        Thread t = new Thread(() -> detect("x".repeat(MIN_LETTERS)), "dossier-language-models");
        t.setDaemon(true);
        t.start();
    }

    /** The language of {@code text}, or empty when it is too short or no language stands out. */
    public static Optional<Detected> detect(String text) {
        long letters = text.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count();
        if (letters < MIN_LETTERS) {
            return Optional.empty();
        }
        String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        SortedMap<Language, Double> confidences = Holder.DETECTOR.computeLanguageConfidenceValues(sample);
        if (confidences.isEmpty()) {
            return Optional.empty();
        }
        Language best = confidences.firstKey();
        double confidence = confidences.get(best);
        if (best == Language.UNKNOWN || confidence < MIN_CONFIDENCE) {
            return Optional.empty();
        }
        String name = best.name().charAt(0) + best.name().substring(1).toLowerCase(Locale.ROOT);
        return Optional.of(new Detected(best.getIsoCode639_1().toString().toLowerCase(Locale.ROOT), name, confidence));
    }

    /**
     * The warnings for {@code article}: one when its text is not English (what that means for the record), one when
     * its metadata {@code language} differs from what is detected.
     */
    public static List<String> warnings(Article article) {
        return warnings(article, detect(article.text()));
    }

    static List<String> warnings(Article article, Optional<Detected> detected) {
        List<String> out = new ArrayList<>();
        if (detected.isEmpty()) {
            return out;
        }
        Detected d = detected.get();
        if (!d.english()) {
            out.add("the text looks " + d.name() + " (" + d.code() + "), not English: Dossier's language models "
                    + "read English only, so entities, quotes, claims and events are missing or wrong; translate it "
                    + "first, or leave it out (--english-only refuses such articles)");
        }
        String declared = article.language() == null ? null : article.language().strip().toLowerCase(Locale.ROOT);
        // "en" against another language is said by the warning above (and is what readers assume without metadata)
        if (declared != null && !declared.isEmpty() && !primary(declared).equals(d.code())
                && !(primary(declared).equals("en") && !d.english())) {
            out.add("the metadata says language '" + article.language() + "', but the text looks " + d.name() + " ("
                    + d.code() + "); correct \"language\" in the metadata");
        }
        return out;
    }

    /**
     * Why {@code article} is refused under {@code --english-only} (its text looks like another language), or empty.
     */
    public static Optional<String> refusal(Article article) {
        return detect(article.text()).filter(d -> !d.english()).map(d -> article.origin() + ": the text looks "
                + d.name() + " (" + d.code() + "), not English, and --english-only is given; the article was skipped");
    }

    /** "en-GB" → "en", "eng" stays (and then differs, as it should be written "en"). */
    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        int underscore = tag.indexOf('_');
        int cut = dash < 0 ? underscore : underscore < 0 ? dash : Math.min(dash, underscore);
        return cut < 0 ? tag : tag.substring(0, cut);
    }
}
