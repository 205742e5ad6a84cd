package org.dossier.pipeline;

import java.nio.file.Path;

import org.dossier.annotate.CachingAnnotator;
import org.dossier.annotate.corenlp.CoreNlpAnnotator;
import org.dossier.extract.claim.CueClaimExtractor;
import org.dossier.extract.entity.NamedEntityExtractor;
import org.dossier.extract.quote.MarkedQuoteExtractor;
import org.dossier.extract.time.RuleTimexTagger;

/** Builds the standard pipeline. Loading the models takes tens of seconds: build one per process. */
public final class DossierPipelines {

    private DossierPipelines() {
    }

    /** CoreNLP annotation with Dossier's extractors. */
    public static DossierPipeline standard() {
        return new DossierPipeline(new CoreNlpAnnotator(), new RuleTimexTagger(), new NamedEntityExtractor(),
                new CueClaimExtractor(), new MarkedQuoteExtractor());
    }

    /**
     * The standard pipeline with annotations kept in {@code cacheDir}: re-running over the same articles loads no
     * models and skips annotation.
     */
    public static DossierPipeline cached(Path cacheDir) {
        return new DossierPipeline(new CachingAnnotator(cacheDir, CoreNlpAnnotator.PROFILE, CoreNlpAnnotator::new),
                new RuleTimexTagger(), new NamedEntityExtractor(), new CueClaimExtractor(), new MarkedQuoteExtractor());
    }
}
