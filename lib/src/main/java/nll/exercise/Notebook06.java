package nll.exercise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import nll.likelihood.Likelihood;
import nll.logspace.Softmax;

/** Exercises of notebook 06 (the bigram model's NLL), their solutions and the mistakes they recognise. */
final class Notebook06 {

    private Notebook06() {
    }

    static List<Definition<?>> exercises() {
        return List.of(countsNll(), softmax(), step());
    }

    private static final long[][] SMALL = {{0, 3, 1}, {2, 0, 2}, {5, 1, 0}};

    /** The average NLL through the library: one categorical observation per bigram. */
    static double referenceNll(long[][] counts, double[][] probabilities) {
        List<double[]> rows = new ArrayList<>();
        List<Integer> observed = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts[i].length; j++) {
                for (long k = 0; k < counts[i][j]; k++) {
                    rows.add(probabilities[i]);
                    observed.add(j);
                }
            }
        }
        int[] ys = observed.stream().mapToInt(Integer::intValue).toArray();
        return Likelihood.categorical(rows.toArray(new double[0][]), ys).averageNll();
    }

    private static Definition<Exercise.OfCounts> countsNll() {
        Definition.Builder<Exercise.OfCounts> e = Definition.builder("06.1", "the average NLL from the counts",
                        Exercise.OfCounts.class, "(long[][] counts, double[][] P) -> countsNll(counts, P)")
                .solution("countsNll", Notebook06::countsNll);
        double[][] zeroWhereUnseen = Cases.smoothedRows(SMALL, 0);
        long[][] large = Cases.counts(27, 500, 1);
        Object[][] cases = {{"3 x 3 counts, +1 smoothing", SMALL, Cases.smoothedRows(SMALL, 1)},
                {"3 x 3 counts, raw frequencies (0 where unseen)", SMALL, zeroWhereUnseen},
                {"3 x 3 counts, uniform rows", SMALL, Cases.smoothedRows(new long[3][3], 1)},
                {"27 x 27 seeded counts, +0.5 smoothing", large, Cases.smoothedRows(large, 0.5)}};
        for (Object[] c : cases) {
            long[][] counts = (long[][]) c[1];
            double[][] p = (double[][]) c[2];
            e.check((String) c[0], f -> f.apply(Cases.copy(counts), Cases.copy(p)), referenceNll(counts, p), 1e-10,
                    "sum N[i][j] * -ln P[i][j] over the cells with N[i][j] > 0, divided by the number of bigrams");
        }
        return e.mistake("no minus", "the NLL is minus the log-likelihood: it is positive here",
                        (counts, p) -> -referenceNll(counts, p))
                .mistake("per cell",
                        "divide by the number of bigrams (the sum of all counts), not by the number of cells",
                        (counts, p) -> referenceNll(counts, p)
                                * Arrays.stream(counts).flatMapToLong(Arrays::stream).sum()
                                / (counts.length * counts[0].length))
                .mistake("0 times ln 0", "skip the cells with no bigrams: 0 * ln 0 is NaN in Java, but 0 in the sum",
                        (counts, p) -> {
                            double sum = 0, n = 0;
                            for (int i = 0; i < counts.length; i++)
                                for (int j = 0; j < counts[i].length; j++) {
                                    sum -= counts[i][j] * Math.log(p[i][j]);
                                    n += counts[i][j];
                                }
                            return sum / n;
                        })
                .build();
    }

    static double countsNll(long[][] counts, double[][] P) {
        double sum = 0;
        long n = 0;
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts[i].length; j++) {
                if (counts[i][j] > 0) {
                    sum -= counts[i][j] * Math.log(P[i][j]);
                    n += counts[i][j];
                }
            }
        }
        return sum / n;
    }

    private static Definition<Function<double[], double[]>> softmax() {
        @SuppressWarnings("unchecked")
        Class<Function<double[], double[]>> type = (Class<Function<double[], double[]>>) (Class<?>) Function.class;
        Definition.Builder<Function<double[], double[]>> e = Definition.builder("06.2",
                "a row's softmax that cannot overflow",
                        type, "(double[] logits) -> softmaxRow(logits)")
                .solution("softmaxRow", Notebook06::softmaxRow);
        double[][] cases = {{0, 1, 2}, {1000, 1001, 1002}, {-1000, 0}, new double[27], {3}};
        for (double[] logits : cases) {
            e.check(Cases.text(logits), f -> f.apply(logits.clone()), Softmax.of(logits), 1e-12,
                    "exp(z - max) for each logit, then divide by their sum");
        }
        return e.mistake("no shift", "subtract the row's largest logit before exp: exp(1000) is Infinity, and"
                                + " Infinity / Infinity is NaN",
                        logits -> {
                            double[] p = new double[logits.length];
                            double sum = 0;
                            for (int j = 0; j < p.length; j++) {
                                p[j] = Math.exp(logits[j]);
                                sum += p[j];
                            }
                            for (int j = 0; j < p.length; j++) p[j] /= sum;
                            return p;
                        })
                .mistake("not normalised", "divide by the row's sum, so that the probabilities add up to 1",
                        logits -> {
                            double m = Arrays.stream(logits).max().getAsDouble();
                            return Arrays.stream(logits).map(z -> Math.exp(z - m)).toArray();
                        })
                .build();
    }

    static double[] softmaxRow(double[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (double z : logits) {
            max = Math.max(max, z);
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int j = 0; j < p.length; j++) {
            p[j] = Math.exp(logits[j] - max);
            sum += p[j];
        }
        for (int j = 0; j < p.length; j++) {
            p[j] /= sum;
        }
        return p;
    }

    /** One step of gradient descent on the average NLL, from the library's softmax. */
    static double[][] referenceStep(long[][] counts, double[][] w, double rate) {
        long n = Arrays.stream(counts).flatMapToLong(Arrays::stream).sum();
        double[][] next = new double[w.length][];
        for (int i = 0; i < w.length; i++) {
            double[] p = Softmax.of(w[i]);
            long rowTotal = Arrays.stream(counts[i]).sum();
            next[i] = new double[w[i].length];
            for (int j = 0; j < p.length; j++) {
                next[i][j] = w[i][j] - rate * (rowTotal * p[j] - counts[i][j]) / n;
            }
        }
        return next;
    }

    private static Definition<Exercise.OfStep> step() {
        Definition.Builder<Exercise.OfStep> e = Definition.builder("06.3", "one training step from the counts",
                        Exercise.OfStep.class,
                                "(long[][] counts, double[][] W, double rate) -> trainingStep(counts, W, rate)")
                .solution("trainingStep", Notebook06::trainingStep);
        long[][] large = Cases.counts(27, 500, 2);
        Object[][] cases = {{"3 x 3 counts, W = 0, rate 1", SMALL, new double[3][3], 1.0},
                {"3 x 3 counts, seeded W, rate 0.5", SMALL, Cases.weights(3, 3), 0.5},
                {"27 x 27 seeded counts, W = 0, rate 50", large, new double[27][27], 50.0},
                {"27 x 27 seeded counts, seeded W, rate 10", large, Cases.weights(27, 4), 10.0}};
        for (Object[] c : cases) {
            long[][] counts = (long[][]) c[1];
            double[][] w = (double[][]) c[2];
            double rate = (double) c[3];
            e.check((String) c[0], f -> f.apply(Cases.copy(counts), Cases.copy(w), rate),
                    referenceStep(counts, w, rate), 1e-12,
                    "W[i][j] -= rate * (R[i] * softmax(W[i])[j] - N[i][j]) / n, R[i] the row total, n all bigrams");
        }
        return e.mistake("sign error", "step against the gradient: W -= rate * grad; adding it climbs the loss",
                        (counts, w, rate) -> referenceStep(counts, w, -rate))
                .mistake("divided by the row total",
                        "the loss averages over all n bigrams: divide by n, not by the row's total",
                        (counts, w, rate) -> {
                            double[][] next = new double[w.length][];
                            for (int i = 0; i < w.length; i++) {
                                double[] p = Softmax.of(w[i]);
                                long rowTotal = Arrays.stream(counts[i]).sum();
                                next[i] = new double[p.length];
                                for (int j = 0; j < p.length; j++)
                                    next[i][j] = w[i][j] - rate * (rowTotal * p[j] - counts[i][j]) / rowTotal;
                            }
                            return next;
                        })
                .build();
    }

    static double[][] trainingStep(long[][] counts, double[][] W, double rate) {
        long n = 0;
        for (long[] row : counts) {
            for (long c : row) {
                n += c;
            }
        }
        double[][] next = new double[W.length][];
        for (int i = 0; i < W.length; i++) {
            double[] p = softmaxRow(W[i]);
            long rowTotal = 0;
            for (long c : counts[i]) {
                rowTotal += c;
            }
            next[i] = new double[W[i].length];
            for (int j = 0; j < W[i].length; j++) {
                next[i][j] = W[i][j] - rate * (rowTotal * p[j] - counts[i][j]) / n;
            }
        }
        return next;
    }
}
