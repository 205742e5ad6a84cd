package org.dossier.extract.claim;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.Timex;

import java.util.List;

/**
 * Finds the attribution relations of an article: who says, reports, believes or promises what, direct and
 * indirect speech alike (PARC / PolNeAR).
 *
 * <p>Contract: implementations are stateless after construction, deterministic, and safe to share between
 * threads. The result is in text order (by the claim's first word), ids run {@code C1, C2, ...}, and every span
 * lies inside the text and equals it. A quotation that is reported speech lies inside the content of the claim it
 * belongs to, so that each quote can name its claim. An article without attributions gives an empty list.
 */
public interface ClaimExtractor {

    /**
     * @param entities the article's entities, whose mentions link sources to entity ids
     * @param timexes  the article's temporal expressions, which date the claims
     */
    List<Claim> extract(AnnotatedArticle annotated, List<Entity> entities, List<Timex> timexes);
}
