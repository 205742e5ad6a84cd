package org.dossier.pipeline;

import org.dossier.extract.claim.ClaimExtractor;
import org.dossier.extract.claim.CueClaimExtractor;
import org.dossier.extract.entity.EntityExtractor;
import org.dossier.extract.entity.NamedEntityExtractor;
import org.dossier.extract.event.EventExtractor;
import org.dossier.extract.event.RuleEventExtractor;
import org.dossier.extract.quote.MarkedQuoteExtractor;
import org.dossier.extract.quote.QuoteExtractor;
import org.dossier.extract.time.TimexTagger;
import org.dossier.extract.time.RuleTimexTagger;

import java.util.Objects;

/**
 * The extract stages a pipeline runs after annotation, in this order: timexes, entities (which never cover a
 * timex), claims (sources resolved to entities, dated from timexes), quotes (each belonging to a claim), events
 * (reported ones linked to their claim). Every stage is thread-safe.
 */
public record Extractors(TimexTagger timexes, EntityExtractor entities, ClaimExtractor claims, QuoteExtractor quotes,
                         EventExtractor events) {

    public Extractors {
        Objects.requireNonNull(timexes, "timexes");
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(quotes, "quotes");
        Objects.requireNonNull(events, "events");
    }

    /** Dossier's own extractors. Cheap to build: they hold word lists, no models. */
    public static Extractors standard() {
        return new Extractors(new RuleTimexTagger(), new NamedEntityExtractor(), new CueClaimExtractor(),
                new MarkedQuoteExtractor(), new RuleEventExtractor());
    }
}
