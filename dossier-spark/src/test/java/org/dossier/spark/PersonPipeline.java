package org.dossier.spark;

import org.dossier.model.EntityType;
import org.dossier.pipeline.DossierPipeline;
import org.dossier.pipeline.FakePipelines;

import java.util.List;
import java.util.function.Supplier;

/**
 * A model-free pipeline for the job's tests, built on the executors by class name: white-space tokens, capitalized
 * words as PERSON entities (surnames alone, so merging needs the co-occurrence evidence), no other layer.
 */
public final class PersonPipeline implements Supplier<DossierPipeline> {

    @Override
    public DossierPipeline get() {
        return FakePipelines.withEvents(EntityType.PERSON, (annotated, article, entities, timexes, claims) -> List.of());
    }
}
