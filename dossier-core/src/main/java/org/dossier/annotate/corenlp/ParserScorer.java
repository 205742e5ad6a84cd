package org.dossier.annotate.corenlp;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.DossierScoringHook;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;

/**
 * The transition scores of CoreNLP's neural dependency parser (Chen and Manning's feed-forward network: 48 features,
 * a hidden layer of 1,000 cubed units, a score per transition), computed to the same bits as CoreNLP 4.5.10's
 * {@code Classifier.computeScores}, in less than half its time, and without its lock:
 * <ul>
 *   <li>the hidden-layer slice of a feature that is not among the model's 20,000 precomputed ones (a word seen at
 *   one position of the parser state) is computed from a transposed copy of the weights, so that it reads 50
 *   contiguous rows instead of a piece of each of 1,000, and the 1,000 sums run side by side; it is kept in a
 *   lock-free cache of {@value #CACHE_SLOTS} slots shared by every thread (CoreNLP keeps 5,000 in a
 *   least-recently-used map behind one lock, so many slices were computed again, and two threads waited on each
 *   other 48 times per parser step);</li>
 *   <li>the output layer likewise sums all transitions side by side over a transposed copy;</li>
 *   <li>a feature's precomputed row is found in an open-addressing table of ints instead of a map of boxed
 *   integers.</li>
 * </ul>
 * Every sum is taken in CoreNLP's order with its types (a float product widened to double, added to a double), so
 * the scores, hence the parses, are identical ({@code ParserScorerTest}, and {@code SameAnnotations} over the
 * benchmark sets). Costs 10 MB for the transposed copies and at most 64 MB of cached slices; saves the 50 MB of
 * training histories CoreNLP's classifier keeps. Thread-safe.
 */
final class ParserScorer implements Function<int[], double[]> {

    /** Slots of the cache of computed hidden-layer slices: a power of two (4 KB a slice at 1,000 hidden units). */
    static final int CACHE_SLOTS = 1 << 14;

    private final int hidden;
    private final int embedding;
    private final int labels;
    private final float[][] e;
    private final float[] b1;
    private final double[][] saved;
    /** W1 transposed: a row per input column, so that a slice is read as 50 contiguous rows, not 1,000 pieces. */
    private final float[][] w1t;
    /** W2 transposed and widened: a row per hidden unit, each output's sum then runs over contiguous memory. */
    private final double[][] w2t;
    private final int[] preKeys;
    private final int[] preRows;
    private final int preMask;
    private final Slice[] cache = new Slice[CACHE_SLOTS];

    /** A computed hidden-layer slice; final fields, so a thread that sees the slot sees the values. */
    private record Slice(int feature, float[] values) {
    }

    /**
     * A scorer of the network E (embeddings, a row per token), W1 (hidden x features*embedding), b1, W2 (outputs x
     * hidden), with {@code saved[preMap.get(token * 48 + position)]} the precomputed hidden-layer slice of a feature.
     */
    ParserScorer(float[][] e, float[][] w1, float[] b1, float[][] w2, double[][] saved, Map<Integer, Integer> preMap) {
        this.e = e;
        this.b1 = b1;
        this.hidden = b1.length;
        this.embedding = e[0].length;
        this.labels = w2.length;
        this.saved = saved;
        this.w1t = new float[w1[0].length][hidden];
        for (int i = 0; i < hidden; i++) {
            for (int c = 0; c < w1[i].length; c++) {
                w1t[c][i] = w1[i][c];
            }
        }
        this.w2t = new double[hidden][labels];
        for (int r = 0; r < labels; r++) {
            for (int j = 0; j < hidden; j++) {
                w2t[j][r] = w2[r][j];
            }
        }
        int size = Integer.highestOneBit(Math.max(1, preMap.size()) * 4 - 1) << 1;
        this.preKeys = new int[size];
        this.preRows = new int[size];
        this.preMask = size - 1;
        Arrays.fill(preKeys, -1);
        for (Map.Entry<Integer, Integer> en : preMap.entrySet()) {
            int k = en.getKey();
            int i = mix(k) & preMask;
            while (preKeys[i] != -1) {
                i = (i + 1) & preMask;
            }
            preKeys[i] = k;
            preRows[i] = en.getValue();
        }
    }

    /**
     * Makes {@code parser} score with a {@link ParserScorer}: its classifier is replaced by a {@link DossierScoringHook}
     * over the same matrices and precomputed rows; the gradient histories CoreNLP keeps for training (about 50 MB
     * at this model's size) are dropped.
     *
     * @throws IllegalStateException if the parser's internals are not those of CoreNLP 4.5.10
     */
    static void install(DependencyParser parser) {
        try {
            Classifier original = (Classifier) field(DependencyParser.class, "classifier").get(parser);
            Config config = (Config) field(DependencyParser.class, "config").get(parser);
            DossierScoringHook hook = new DossierScoringHook(config, original, of(original));
            for (String history : new String[] {"eg2E", "eg2W1", "eg2W2", "eg2b1"}) {
                field(Classifier.class, history).set(hook, null);
            }
            field(DependencyParser.class, "classifier").set(parser, hook);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw notTheParser(e);
        }
    }

    /** A scorer of {@code classifier}'s network, which must have its features precomputed ({@code preCompute}). */
    static ParserScorer of(Classifier classifier) {
        try {
            double[][] saved = (double[][]) field(Classifier.class, "saved").get(classifier);
            @SuppressWarnings("unchecked")
            Map<Integer, Integer> preMap = (Map<Integer, Integer>) field(Classifier.class, "preMap").get(classifier);
            if (saved == null || preMap == null || saved.length < preMap.size()) {
                throw new IllegalStateException("the parser's features are not precomputed");
            }
            return new ParserScorer(classifier.getE(), classifier.getW1(), classifier.getb1(), classifier.getW2(),
                    saved, preMap);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw notTheParser(e);
        }
    }

    private static IllegalStateException notTheParser(Exception e) {
        return new IllegalStateException("CoreNLP's dependency parser is not the one Dossier's scorer was written for"
                + " (CoreNLP 4.5.10; see ParserScorer): " + e, e);
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /** Whether {@code parser} scores with a {@link ParserScorer}. */
    static boolean installedIn(DependencyParser parser) {
        try {
            return field(DependencyParser.class, "classifier").get(parser) instanceof DossierScoringHook;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    @Override
    public double[] apply(int[] feature) {
        double[] h = new double[hidden];
        int offset = 0;
        for (int j = 0; j < feature.length; j++) {
            int tok = feature[j];
            int index = tok * Config.numTokens + j;
            int row = precomputed(index);
            if (row >= 0) {
                addInPlace(h, saved[row]);
            } else {
                addInPlace(h, slice(index, tok, offset));
            }
            offset += embedding;
        }
        for (int i = 0; i < hidden; i++) {
            h[i] += b1[i];
            h[i] = h[i] * h[i] * h[i];
        }
        return outputs(h);
    }

    private int precomputed(int index) {
        int i = mix(index) & preMask;
        while (true) {
            int k = preKeys[i];
            if (k == index) {
                return preRows[i];
            }
            if (k == -1) {
                return -1;
            }
            i = (i + 1) & preMask;
        }
    }

    private static int mix(int k) {
        int h = k * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The hidden-layer slice of {@code feature} (the embedding of {@code tok} at column {@code offset} of W1). */
    private float[] slice(int feature, int tok, int offset) {
        int slot = mix(feature) & (CACHE_SLOTS - 1);
        Slice s = cache[slot];
        if (s != null && s.feature() == feature) {
            return s.values();
        }
        float[] values = multiplySlice(e[tok], offset);
        cache[slot] = new Slice(feature, values);
        return values;
    }

    /**
     * CoreNLP's {@code matrixMultiplySlice(W1, v, off)}: for each hidden unit, the double sum over j of the float
     * products W1[unit][off + j] * v[j], in j's order, stored as a float. Summed here for all units at once, one j
     * after the other, so each unit's sum is taken in the same order.
     */
    private float[] multiplySlice(float[] v, int off) {
        double[] sum = new double[hidden];
        for (int j = 0; j < v.length; j++) {
            float x = v[j];
            float[] column = w1t[off + j];
            for (int i = 0; i < hidden; i++) {
                sum[i] += column[i] * x;
            }
        }
        float[] out = new float[hidden];
        for (int i = 0; i < hidden; i++) {
            out[i] = (float) sum[i];
        }
        return out;
    }

    /**
     * CoreNLP's {@code matrixMultiply(W2, hidden)}: for each output, the double sum over j of hidden[j] * W2[out][j],
     * in j's order; summed here for all outputs at once, one j after the other.
     */
    private double[] outputs(double[] h) {
        double[] out = new double[labels];
        for (int j = 0; j < hidden; j++) {
            double x = h[j];
            double[] row = w2t[j];
            for (int r = 0; r < labels; r++) {
                out[r] += x * row[r];
            }
        }
        return out;
    }

    private static void addInPlace(double[] to, double[] from) {
        for (int i = 0; i < to.length; i++) {
            to[i] += from[i];
        }
    }

    private static void addInPlace(double[] to, float[] from) {
        for (int i = 0; i < to.length; i++) {
            to[i] += from[i];
        }
    }
}
