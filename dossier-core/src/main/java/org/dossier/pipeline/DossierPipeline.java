package org.dossier.pipeline;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Annotator;
import org.dossier.extract.claim.ClaimExtractor;
import org.dossier.extract.entity.EntityExtractor;
import org.dossier.extract.quote.QuoteExtractor;
import org.dossier.extract.time.TimexTagger;
import org.dossier.model.Article;
import org.dossier.model.ArticleRecord;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.Quote;
import org.dossier.model.Timex;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Turns one {@link Article} into its {@link ArticleRecord}. Thread-safe when its stages are: one instance
 * serves every worker thread, so models are loaded once per process.
 */
public final class DossierPipeline {

    private final Annotator annotator;
    private final TimexTagger timexTagger;
    private final EntityExtractor entityExtractor;
    private final ClaimExtractor claimExtractor;
    private final QuoteExtractor quoteExtractor;

    public DossierPipeline(Annotator annotator, TimexTagger timexTagger, EntityExtractor entityExtractor,
                           ClaimExtractor claimExtractor, QuoteExtractor quoteExtractor) {
        this.annotator = annotator;
        this.timexTagger = timexTagger;
        this.entityExtractor = entityExtractor;
        this.claimExtractor = claimExtractor;
        this.quoteExtractor = quoteExtractor;
    }

    /** Annotates and extracts every layer. {@code warnings} are carried into the record. */
    public ArticleRecord process(Article article, List<String> warnings) {
        List<String> notes = new ArrayList<>(warnings);
        if (article.published() == null) {
            notes.add("no publication date: relative dates are left underspecified (XXXX-12-18); "
                    + "give 'published' in the metadata or --published");
        }
        AnnotatedArticle annotated = annotator.annotate(article.text());
        return extract(article, annotated, notes);
    }

    /** Extracts every layer from an article already annotated. */
    public ArticleRecord extract(Article article, AnnotatedArticle annotated, List<String> warnings) {
        List<Timex> timexes = timexTagger.tag(annotated, article.anchor());
        List<Entity> entities = entityExtractor.extract(annotated, article, timexes);
        List<Claim> claims = claimExtractor.extract(annotated, entities, timexes);
        List<Quote> quotes = quoteExtractor.extract(annotated, claims);
        return new ArticleRecord(article, sha256(article.text()), entities, timexes, quotes, claims, List.of(),
                warnings);
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
