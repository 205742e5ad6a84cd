package org.dossier.annotate.corenlp;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The scorer gives CoreNLP's own classifier's scores to the bit, on a random network of the parser's shape. */
class ParserScorerTest {

    private static final int VOCABULARY = 60;
    private static final int EMBEDDING = 6;
    private static final int HIDDEN = 37;
    private static final int OUTPUTS = 9;

    @Test
    void givesCoreNlpsScoresToTheBit() throws Exception {
        Random random = new Random(12);
        Properties p = new Properties();
        p.setProperty("embeddingSize", String.valueOf(EMBEDDING));
        p.setProperty("hiddenSize", String.valueOf(HIDDEN));
        Config config = new Config(p);
        float[][] e = matrix(random, VOCABULARY, EMBEDDING);
        float[][] w1 = matrix(random, HIDDEN, Config.numTokens * EMBEDDING);
        float[] b1 = matrix(random, 1, HIDDEN)[0];
        float[][] w2 = matrix(random, OUTPUTS, HIDDEN);
        List<Integer> precomputed = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            precomputed.add(random.nextInt(VOCABULARY) * Config.numTokens + random.nextInt(Config.numTokens));
        }
        precomputed = precomputed.stream().distinct().toList();
        Classifier coreNlp = new Classifier(config, e, w1, b1, w2, precomputed);
        coreNlp.preCompute();
        Method coreNlpScores = Classifier.class.getDeclaredMethod("computeScores", int[].class);
        coreNlpScores.setAccessible(true);
        ParserScorer scorer = ParserScorer.of(coreNlp);

        int precomputedSeen = 0;
        for (int n = 0; n < 3000; n++) {
            // few distinct tokens, so that features repeat (cache hits) and many are precomputed
            int[] features = new int[Config.numTokens];
            for (int j = 0; j < features.length; j++) {
                features[j] = random.nextInt(n % 2 == 0 ? 8 : VOCABULARY);
                precomputedSeen += precomputed.contains(features[j] * Config.numTokens + j) ? 1 : 0;
            }
            double[] expected = (double[]) coreNlpScores.invoke(coreNlp, (Object) features.clone());
            assertThat(scorer.apply(features)).as("scores of features %d", n).containsExactly(expected);
        }
        assertThat(precomputedSeen).as("precomputed features met").isGreaterThan(1000);
    }

    @Test
    void refusesAClassifierWithoutPrecomputedFeatures() {
        Properties p = new Properties();
        p.setProperty("embeddingSize", String.valueOf(EMBEDDING));
        p.setProperty("hiddenSize", String.valueOf(HIDDEN));
        Random random = new Random(3);
        Classifier notPrecomputed = new Classifier(new Config(p), matrix(random, VOCABULARY, EMBEDDING),
                matrix(random, HIDDEN, Config.numTokens * EMBEDDING), matrix(random, 1, HIDDEN)[0],
                matrix(random, OUTPUTS, HIDDEN), List.of(5, 7));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ParserScorer.of(notPrecomputed))
                .hasMessageContaining("not precomputed");
    }

    private static float[][] matrix(Random random, int rows, int columns) {
        float[][] m = new float[rows][columns];
        for (float[] row : m) {
            for (int i = 0; i < columns; i++) {
                row[i] = (float) (random.nextGaussian() * 0.3);
            }
        }
        return m;
    }
}
