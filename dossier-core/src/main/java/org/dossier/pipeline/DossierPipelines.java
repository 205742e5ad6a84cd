package org.dossier.pipeline;

import java.nio.file.Path;

import org.dossier.annotate.CachingAnnotator;
import org.dossier.annotate.lexicon.NameLexicon;
import org.dossier.annotate.corenlp.CoreNlpAnnotator;

/** Builds the standard pipeline. Loading the models takes tens of seconds: build one per process. */
public final class DossierPipelines {

    private DossierPipelines() {
    }

    /** CoreNLP annotation with Dossier's extractors. */
    public static DossierPipeline standard() {
        return new DossierPipeline(new CoreNlpAnnotator(), Extractors.standard(), standardVersion());
    }

    /** The {@link DossierPipeline#version()} of the standard pipeline, without loading any model. */
    public static String standardVersion() {
        return ExtractorVersion.of(CoreNlpAnnotator.PROFILE);
    }

    /**
     * The standard pipeline with annotations kept in {@code cacheDir}: re-running over the same articles loads no
     * models and skips annotation.
     */
    public static DossierPipeline cached(Path cacheDir) {
        CachingAnnotator cache = new CachingAnnotator(cacheDir, CoreNlpAnnotator.PROFILE,
                CoreNlpAnnotator::withoutNameLists);
        NameLexicon names = NameLexicon.standard();
        return new DossierPipeline(text -> names.retag(cache.annotate(text)), Extractors.standard(),
                standardVersion());
    }
}
