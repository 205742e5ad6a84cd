package org.dossier.extract.quote;

import org.dossier.model.SpanIndex;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.model.Claim;
import org.dossier.model.Quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Quotes found by their marks ({@link QuotationScanner}). A passage is a quote when it is speech in some claim's
 * content: every speech passage is, and a short one ("may consider") only inside what a named or described
 * source is reported to say, not as a scare-quoted term on its own; titles never are. The quote's speaker, cue and claim are those of
 * the tightest claim whose content holds it.
 *
 * <p>Stateless, deterministic and safe to share between threads.
 */
public final class MarkedQuoteExtractor implements QuoteExtractor {

    private final QuotationScanner scanner = new QuotationScanner();

    @Override
    public List<Quote> extract(AnnotatedArticle annotated, List<Claim> claims) {
        List<Quote> out = new ArrayList<>();
        List<Claim> withContent = claims.stream().filter(c -> c.content() != null).toList();
        SpanIndex contents = new SpanIndex(withContent.stream().map(Claim::content).toList());
        for (QuotedPassage p : scanner.scan(annotated.text())) {
            if (p.kind() == PassageKind.TITLE) {
                continue;
            }
            Claim owner = tightestHolding(withContent, contents, p);
            if (owner == null || p.kind() == PassageKind.SHORT && owner.source() == null && owner.sourceSpan() == null) {
                continue;
            }
            out.add(new Quote("Q" + (out.size() + 1), p.inner(), owner.source(),
                    owner.cue() == null ? null : owner.cue().text(), owner.cue(), owner.id()));
        }
        return out;
    }

    /** The claim whose content holds {@code p}'s words, the shortest, the first of equals; {@code contents} indexes theirs. */
    private static Claim tightestHolding(List<Claim> claims, SpanIndex contents, QuotedPassage p) {
        Claim best = null;
        for (int o : contents.containing(p.inner().start(), p.inner().end())) {
            Claim c = claims.get(o);
            if (c.content() != null && c.content().contains(p.inner())
                    && (best == null || c.content().length() < best.content().length())) {
                best = c;
            }
        }
        return best;
    }
}
