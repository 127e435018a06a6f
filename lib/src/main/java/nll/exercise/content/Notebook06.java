package nll.exercise.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;
import nll.exercise.Definition;
import nll.exercise.Exercise;
import nll.exercise.ExerciseSet;
import nll.exercise.Solution;
import nll.likelihood.Likelihood;
import nll.logspace.Softmax;

/** Exercises of notebook 06 (the bigram model's NLL), their solutions and the mistakes they recognise. */
public final class Notebook06 implements ExerciseSet {

    @Override
    public String notebook() {
        return "06";
    }

    /** The notebook's exercises, in order. */
    @Override
    public List<Definition<?, ?>> exercises() {
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

    private static Definition<ToDoubleBiFunction<long[][], double[][]>, Double> countsNll() {
        Definition.Builder<ToDoubleBiFunction<long[][], double[][]>, Double> e = Definition.number(
                "06.1",
                "the average NLL from the counts",
                ToDoubleBiFunction.class,
                "(long[][] counts, double[][] P) -> countsNll(counts, P)");
        e.solution(Notebook06.class, Notebook06::countsNll);
        double[][] zeroWhereUnseen = Cases.smoothedRows(SMALL, 0);
        // Counts up to 40: the reference expands them into one observation per bigram, 12,065 here, where
        // counts up to 500 made 151,905 and cost a notebook's first check more than a second.
        long[][] large = Cases.counts(27, 40, 1);
        List<Cases.CountsAndRows> cases = List.of(
                new Cases.CountsAndRows("3 x 3 counts, +1 smoothing", SMALL, Cases.smoothedRows(SMALL, 1)),
                new Cases.CountsAndRows("3 x 3 counts, raw frequencies (0 where unseen)", SMALL, zeroWhereUnseen),
                new Cases.CountsAndRows("3 x 3 counts, uniform rows", SMALL, Cases.smoothedRows(new long[3][3], 1)),
                new Cases.CountsAndRows(
                        "27 x 27 seeded counts, +0.5 smoothing", large, Cases.smoothedRows(large, 0.5)));
        for (Cases.CountsAndRows c : cases) {
            e.check(
                    c.label(),
                    c::callOn,
                    referenceNll(c.counts(), c.p()),
                    1e-10,
                    "sum N[i][j] * -ln P[i][j] over the cells with N[i][j] > 0, divided by the number of bigrams");
        }
        return e.mistake(
                        "no minus",
                        "the NLL is minus the log-likelihood: it is positive here",
                        (counts, p) -> -referenceNll(counts, p))
                .mistake(
                        "per cell",
                        "divide by the number of bigrams (the sum of all counts), not by the number of cells",
                        (counts, p) -> referenceNll(counts, p)
                                * Arrays.stream(counts)
                                        .flatMapToLong(Arrays::stream)
                                        .sum()
                                / (counts.length * counts[0].length))
                .mistake(
                        "0 times ln 0",
                        "skip the cells with no bigrams: 0 * ln 0 is NaN in Java, but 0 in the sum",
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

    @Solution("06.1")
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

    private static Definition<Function<double[], double[]>, double[]> softmax() {
        Definition.Builder<Function<double[], double[]>, double[]> e = Definition.vector(
                "06.2",
                "a row's softmax that cannot overflow",
                Function.class,
                "(double[] logits) -> softmaxRow(logits)");
        e.solution(Notebook06.class, Notebook06::softmaxRow);
        double[][] cases = {{0, 1, 2}, {1000, 1001, 1002}, {-1000, 0}, new double[27], {3}};
        for (double[] logits : cases) {
            e.check(
                    Cases.text(logits),
                    f -> f.apply(logits.clone()),
                    Softmax.of(logits),
                    1e-12,
                    "exp(z - max) for each logit, then divide by their sum");
        }
        return e.mistake(
                        "no shift",
                        "subtract the row's largest logit before exp: exp(1000) is Infinity, and"
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
                .mistake("not normalised", "divide by the row's sum, so that the probabilities add up to 1", logits -> {
                    double m = Arrays.stream(logits).max().getAsDouble();
                    return Arrays.stream(logits).map(z -> Math.exp(z - m)).toArray();
                })
                .build();
    }

    @Solution("06.2")
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

    private static Definition<Exercise.OfTwoAndParameter<long[][], double[][], double[][]>, double[][]> step() {
        Definition.Builder<Exercise.OfTwoAndParameter<long[][], double[][], double[][]>, double[][]> e =
                Definition.matrix(
                        "06.3",
                        "one training step from the counts",
                        Exercise.OfTwoAndParameter.class,
                        "(long[][] counts, double[][] W, double rate) -> trainingStep(counts, W, rate)");
        e.solution(Notebook06.class, Notebook06::trainingStep);
        long[][] large = Cases.counts(27, 500, 2);
        List<Cases.Step> cases = List.of(
                new Cases.Step("3 x 3 counts, W = 0, rate 1", SMALL, new double[3][3], 1),
                new Cases.Step("3 x 3 counts, seeded W, rate 0.5", SMALL, Cases.weights(3, 3), 0.5),
                new Cases.Step("27 x 27 seeded counts, W = 0, rate 50", large, new double[27][27], 50),
                new Cases.Step("27 x 27 seeded counts, seeded W, rate 10", large, Cases.weights(27, 4), 10));
        for (Cases.Step c : cases) {
            e.check(
                    c.label(),
                    c::callOn,
                    referenceStep(c.counts(), c.w(), c.rate()),
                    1e-12,
                    "W[i][j] -= rate * (R[i] * softmax(W[i])[j] - N[i][j]) / n, R[i] the row total, n all bigrams");
        }
        return e.mistake(
                        "sign error",
                        "step against the gradient: W -= rate * grad; adding it climbs the loss",
                        (counts, w, rate) -> referenceStep(counts, w, -rate))
                .mistake(
                        "divided by the row total",
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

    @Solution("06.3")
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
