package org.dossier.pipeline;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Annotator;
import org.dossier.model.Article;
import org.dossier.model.ArticleRecord;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Quote;
import org.dossier.model.Timex;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Turns one {@link Article} into its {@link ArticleRecord}. Thread-safe when its stages are: one instance
 * serves every worker thread, so models are loaded once per process.
 */
public final class DossierPipeline {

    /** The annotator profile of pipelines built from parts ({@link #DossierPipeline(Annotator, Extractors)}). */
    public static final String CUSTOM_PROFILE = "custom";

    private final Annotator annotator;
    private final Extractors extractors;
    private final String version;

    /** A pipeline of these parts, versioned as {@link ExtractorVersion#of} the {@link #CUSTOM_PROFILE}. */
    public DossierPipeline(Annotator annotator, Extractors extractors) {
        this(annotator, extractors, ExtractorVersion.of(CUSTOM_PROFILE));
    }

    /** A pipeline whose records are said to come from extractor version {@code version}. */
    public DossierPipeline(Annotator annotator, Extractors extractors, String version) {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("a pipeline needs a version");
        }
        this.annotator = annotator;
        this.extractors = extractors;
        this.version = version;
    }

    /**
     * What produced this pipeline's records (see {@link ExtractorVersion}): the store keeps it per article, and
     * re-extracts the articles an older version produced.
     */
    public String version() {
        return version;
    }

    /** The annotator this pipeline runs before its extractors (shared by every thread). */
    public Annotator annotator() {
        return annotator;
    }

    /**
     * Annotates and extracts every layer; an article over {@value LongTexts#PIECE_CHARS} characters is annotated in
     * pieces ({@link LongTexts}). {@code warnings} are carried into the record, with, first, those of the
     * language check ({@link LanguageCheck}: not English, or not the language the metadata says), made before the
     * annotation.
     */
    public ArticleRecord process(Article article, List<String> warnings) {
        StageTimes times = StageTimes.start(article);
        List<String> notes = new ArrayList<>(warnings);
        notes.addAll(LanguageCheck.warnings(article));
        times.lap("language");
        AnnotatedArticle annotated = LongTexts.annotate(annotator, article.text());
        times.lap("annotate");
        return extract(article, annotated, notes, times);
    }

    /**
     * Extracts every layer from an article already annotated. Without a publication date, the article's dateline
     * ({@link Dateline}) is taken for it when it has one (the record's document then shows that date), else
     * relative dates are left underspecified; either way a warning says so.
     */
    public ArticleRecord extract(Article article, AnnotatedArticle annotated, List<String> warnings) {
        return extract(article, annotated, warnings, StageTimes.start(article));
    }

    private ArticleRecord extract(Article article, AnnotatedArticle annotated, List<String> warnings,
                                  StageTimes times) {
        List<String> notes = new ArrayList<>(warnings);
        notes.addAll(annotated.warnings());
        List<Timex> timexes = extractors.timexes().tag(annotated, article.anchor());
        if (article.published() == null) {
            Optional<Dateline.Found> dateline = Dateline.find(article.text(), timexes);
            if (dateline.isPresent()) {
                article = article.withPublished(dateline.get().date().toString());
                timexes = extractors.timexes().tag(annotated, article.anchor());
                notes.add("no publication date: the dateline " + dateline.get().date() + " on line "
                        + dateline.get().line() + " is taken for it; give 'published' in the metadata or "
                        + "--published to override");
            } else {
                notes.add("no publication date: relative dates are left underspecified (XXXX-12-18); "
                        + "give 'published' in the metadata or --published");
            }
        }
        times.lap("timexes");
        List<Entity> entities = extractors.entities().extract(annotated, article, timexes);
        times.lap("entities");
        List<Claim> claims = extractors.claims().extract(annotated, entities, timexes);
        times.lap("claims");
        List<Quote> quotes = extractors.quotes().extract(annotated, claims);
        times.lap("quotes");
        List<Event> events = extractors.events().extract(annotated, article, entities, timexes, claims);
        times.lap("events");
        ArticleRecord record = new ArticleRecord(article, sha256(article.text()), entities, timexes, quotes, claims,
                events, notes);
        times.report();
        return record;
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
