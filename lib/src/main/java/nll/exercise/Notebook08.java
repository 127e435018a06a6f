package nll.exercise;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** Exercises of notebook 08 (held-out likelihood and smoothing), their solutions and the mistakes they recognise. */
final class Notebook08 {

    private Notebook08() {
    }

    static List<Definition<?>> exercises() {
        return List.of(bits(), smoothed(), heldOut());
    }

    private static final long[][] TRAINING = {{0, 3, 1}, {2, 0, 2}, {5, 1, 0}};
    private static final long[][] HELD_OUT = {{1, 1, 0}, {0, 0, 1}, {2, 0, 0}};
    private static final long[][] HELD_OUT_UNSEEN = {{1, 1, 0}, {1, 0, 1}, {2, 0, 0}};

    private static Definition<DoubleUnaryOperator> bits() {
        Definition.Builder<DoubleUnaryOperator> e = Definition.builder("08.1", "bits per character from an NLL in nats",
                        DoubleUnaryOperator.class, "(double nll) -> bitsPerCharacter(nll)")
                .solution("bitsPerCharacter", Notebook08::bitsPerCharacter);
        for (double nll : new double[] {2.4595, Math.log(27), 0, 1, 3.5}) {
            e.check("NLL = " + Cases.num(nll) + " nats", f -> f.applyAsDouble(nll), nll / Math.log(2),
                    1e-12, "a nat is 1 / ln 2 bits: divide the NLL by ln 2");
        }
        return e.mistake("times ln 2", "divide by ln 2 (about 0.693), do not multiply: a bit is smaller than a nat",
                        nll -> nll * Math.log(2))
                .mistake("perplexity", "e^NLL is the perplexity, the number of equally likely choices, not bits",
                        Math::exp)
                .build();
    }

    static double bitsPerCharacter(double nll) {
        return nll / Math.log(2);
    }

    /** (N[i][j] + alpha) / (R[i] + K alpha), in exact decimal arithmetic. */
    static double referenceSmoothed(long[][] counts, int i, int j, double alpha) {
        java.math.BigDecimal a = java.math.BigDecimal.valueOf(alpha);
        java.math.BigDecimal rowTotal = java.math.BigDecimal.valueOf(Arrays.stream(counts[i]).sum());
        java.math.BigDecimal numerator = java.math.BigDecimal.valueOf(counts[i][j]).add(a);
        java.math.BigDecimal denominator = rowTotal.add(a.multiply(java.math.BigDecimal.valueOf(counts[i].length)));
        return numerator.divide(denominator, java.math.MathContext.DECIMAL64).doubleValue();
    }

    private static Definition<Exercise.OfCell> smoothed() {
        Definition.Builder<Exercise.OfCell> e = Definition.builder("08.2", "a bigram's +alpha smoothed probability",
                        Exercise.OfCell.class,
                        "(long[][] counts, int i, int j, double alpha) -> smoothedProbability(counts, i, j, alpha)")
                .solution("smoothedProbability", Notebook08::smoothedProbability);
        long[][] large = Cases.counts(27, 500, 5);
        Object[][] cases = {{TRAINING, 0, 1, 1.0}, {TRAINING, 0, 0, 0.5}, {TRAINING, 2, 2, 0.0}, {TRAINING, 1, 1, 0.01},
                {large, 26, 3, 1.0}, {large, 4, 7, 0.001}};
        for (Object[] c : cases) {
            long[][] counts = (long[][]) c[0];
            int i = (int) c[1], j = (int) c[2];
            double alpha = (double) c[3];
            e.check(Cases.format("%d x %d counts, P(%d -> %d), alpha = %s", counts.length, counts.length, i, j,
                    Cases.num(alpha)),
                    f -> f.apply(Cases.copy(counts), i, j, alpha), referenceSmoothed(counts, i, j, alpha), 1e-12,
                    "(N[i][j] + alpha) / (R[i] + K alpha), R[i] the row total and K the row's length");
        }
        return e.mistake("alpha once in the total", "every one of the K next characters gets alpha: add K alpha"
                                + " to the row total, not alpha",
                        (counts, i, j, alpha) -> (counts[i][j] + alpha) / (Arrays.stream(counts[i]).sum() + alpha))
                .mistake("all the counts", "normalise within the row i: divide by row i's total plus K alpha,"
                                + " not by all the counts",
                        (counts, i, j, alpha) -> (counts[i][j] + alpha)
                                / (Arrays.stream(counts).flatMapToLong(Arrays::stream).sum()
                                + alpha * counts.length * counts.length))
                .build();
    }

    static double smoothedProbability(long[][] counts, int i, int j, double alpha) {
        long rowTotal = 0;
        for (long c : counts[i]) {
            rowTotal += c;
        }
        return (counts[i][j] + alpha) / (rowTotal + alpha * counts[i].length);
    }

    /** The held-out average NLL through the library, or infinity when a held-out bigram has probability 0. */
    static double referenceHeldOut(long[][] training, long[][] heldOut, double alpha) {
        double[][] p = Cases.smoothedRows(training, alpha);
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p[i].length; j++) {
                if (heldOut[i][j] > 0 && p[i][j] == 0) {
                    return Double.POSITIVE_INFINITY;
                }
            }
        }
        return Notebook06.referenceNll(heldOut, p);
    }

    private static Definition<Exercise.OfSplit> heldOut() {
        Definition.Builder<Exercise.OfSplit> e = Definition.builder("08.3", "the held-out NLL of a count model",
                        Exercise.OfSplit.class,
                        "(long[][] training, long[][] heldOut, double alpha) -> heldOutNll(training, heldOut, alpha)")
                .solution("heldOutNll", Notebook08::heldOutNll);
        long[][] largeTraining = Cases.counts(27, 500, 6), largeHeldOut = Cases.counts(27, 60, 7);
        Object[][] cases = {{"3 x 3, alpha = 1", TRAINING, HELD_OUT, 1.0},
                {"3 x 3, alpha = 0, every held-out bigram seen in training", TRAINING, HELD_OUT, 0.0},
                {"3 x 3, alpha = 0, a held-out bigram never seen in training", TRAINING, HELD_OUT_UNSEEN, 0.0},
                {"3 x 3, alpha = 0.1, the same unseen bigram", TRAINING, HELD_OUT_UNSEEN, 0.1},
                {"27 x 27 seeded counts, alpha = 0.5", largeTraining, largeHeldOut, 0.5}};
        for (Object[] c : cases) {
            long[][] training = (long[][]) c[1], held = (long[][]) c[2];
            double alpha = (double) c[3];
            e.check((String) c[0], f -> f.apply(Cases.copy(training), Cases.copy(held), alpha),
                    referenceHeldOut(training, held, alpha), 1e-12,
                    "the model comes from the training counts, the score from the held-out counts:"
                            + " sum H[i][j] * -ln P[i][j] / sum H[i][j]; an unseen bigram with alpha = 0 makes it Infinity");
        }
        return e.mistake("scored on training", "score the held-out counts: on the training counts the model"
                                + " always looks good",
                        (training, held, alpha) -> referenceHeldOut(training, training, alpha))
                .mistake("0 times ln 0", "skip the cells the held-out data never visits: 0 * ln 0 is NaN in Java,"
                                + " but 0 in the sum",
                        (training, held, alpha) -> {
                            double[][] p = Cases.smoothedRows(training, alpha);
                            double sum = 0, n = 0;
                            for (int i = 0; i < p.length; i++)
                                for (int j = 0; j < p[i].length; j++) {
                                    sum -= held[i][j] * Math.log(p[i][j]);
                                    n += held[i][j];
                                }
                            return sum / n;
                        })
                .build();
    }

    static double heldOutNll(long[][] training, long[][] heldOut, double alpha) {
        double sum = 0;
        long n = 0;
        for (int i = 0; i < training.length; i++) {
            long rowTotal = 0;
            for (long c : training[i]) {
                rowTotal += c;
            }
            for (int j = 0; j < training[i].length; j++) {
                if (heldOut[i][j] > 0) {
                    double p = (training[i][j] + alpha) / (rowTotal + alpha * training[i].length);
                    sum -= heldOut[i][j] * Math.log(p);
                    n += heldOut[i][j];
                }
            }
        }
        return sum / n;
    }
}
