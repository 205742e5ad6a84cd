package org.dossier.extract.quote;

import org.dossier.annotate.AnnotatedArticle;
import org.dossier.model.Claim;
import org.dossier.model.Quote;

import java.util.List;

/**
 * Finds the verbatim quotations of an article and gives each its speaker and cue from the claim it belongs to.
 *
 * <p>Contract: implementations are stateless after construction, deterministic, and safe to share between
 * threads. The result is in text order, ids run {@code Q1, Q2, ...}, every span lies inside the text and equals
 * it, and every quote names a claim of {@code claims} whose content holds it.
 */
public interface QuoteExtractor {

    /**
     * @param claims the article's claims ({@link org.dossier.extract.claim.ClaimExtractor}), whose contents hold
     *               the quotations of speech
     */
    List<Quote> extract(AnnotatedArticle annotated, List<Claim> claims);
}
