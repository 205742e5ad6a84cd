package edu.stanford.nlp.parser.nndep;

import java.util.List;
import java.util.function.Function;

/**
 * Dossier's one hook into CoreNLP's neural dependency parser (part of the adapter
 * {@code org.dossier.annotate.corenlp}; see {@code ParserScorer} there). {@link DependencyParser} asks its
 * {@link Classifier} for the transition scores of each parser state through the package-private
 * {@code computeScores(int[])}; this subclass answers with a scorer of Dossier's that computes the same numbers, in
 * the same order of floating-point operations, faster and without a lock. It lives in CoreNLP's package only because
 * that method is package-private; it holds no weights of its own (the superclass is given the parser's own
 * matrices and no precomputed features).
 */
public final class DossierScoringHook extends Classifier {

    private final Function<int[], double[]> scorer;

    /**
     * @param config the parser's configuration
     * @param weights the parser's classifier, whose matrices are shared, not copied
     * @param scorer the transition scores of a parser state's feature vector
     */
    public DossierScoringHook(Config config, Classifier weights, Function<int[], double[]> scorer) {
        super(config, weights.getE(), weights.getW1(), weights.getb1(), weights.getW2(), List.of());
        this.scorer = scorer;
    }

    @Override
    double[] computeScores(int[] feature) {
        return scorer.apply(feature);
    }
}
