package nll.exercise.content;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import nll.exercise.Definition;
import nll.exercise.Exercise;
import nll.exercise.ExerciseSet;
import nll.exercise.Solution;
import nll.format.DecimalText;

/** Exercises of notebook 08 (held-out likelihood and smoothing), their solutions and the mistakes they recognise. */
public final class Notebook08 implements ExerciseSet {

    @Override
    public String notebook() {
        return "08";
    }

    /** The notebook's exercises, in order. */
    @Override
    public List<Definition<?, ?>> exercises() {
        return List.of(bits(), smoothed(), heldOut());
    }

    private static final long[][] TRAINING = {{0, 3, 1}, {2, 0, 2}, {5, 1, 0}};
    private static final long[][] HELD_OUT = {{1, 1, 0}, {0, 0, 1}, {2, 0, 0}};
    private static final long[][] HELD_OUT_UNSEEN = {{1, 1, 0}, {1, 0, 1}, {2, 0, 0}};

    private static Definition<DoubleUnaryOperator, Double> bits() {
        Definition.Builder<DoubleUnaryOperator, Double> e = Definition.number(
                "08.1",
                "bits per character from an NLL in nats",
                DoubleUnaryOperator.class,
                "(double nll) -> bitsPerCharacter(nll)");
        e.solution(Notebook08.class, Notebook08::bitsPerCharacter);
        for (double nll : new double[] {2.4595, Math.log(27), 0, 1, 3.5}) {
            e.check(
                    "NLL = " + DecimalText.shortest(nll) + " nats",
                    f -> f.applyAsDouble(nll),
                    nll / Math.log(2),
                    1e-12,
                    "a nat is 1 / ln 2 bits: divide the NLL by ln 2");
        }
        return e.mistake(
                        "times ln 2",
                        "divide by ln 2 (about 0.693), do not multiply: a bit is smaller than a nat",
                        nll -> nll * Math.log(2))
                .mistake(
                        "perplexity",
                        "e^NLL is the perplexity, the number of equally likely choices, not bits",
                        Math::exp)
                .build();
    }

    @Solution("08.1")
    static double bitsPerCharacter(double nll) {
        return nll / Math.log(2);
    }

    /** (N[i][j] + alpha) / (R[i] + K alpha), in exact decimal arithmetic. */
    static double referenceSmoothed(long[][] counts, int i, int j, double alpha) {
        java.math.BigDecimal a = java.math.BigDecimal.valueOf(alpha);
        java.math.BigDecimal rowTotal =
                java.math.BigDecimal.valueOf(Arrays.stream(counts[i]).sum());
        java.math.BigDecimal numerator =
                java.math.BigDecimal.valueOf(counts[i][j]).add(a);
        java.math.BigDecimal denominator = rowTotal.add(a.multiply(java.math.BigDecimal.valueOf(counts[i].length)));
        return numerator.divide(denominator, java.math.MathContext.DECIMAL64).doubleValue();
    }

    private static Definition<Exercise.OfCell, Double> smoothed() {
        Definition.Builder<Exercise.OfCell, Double> e = Definition.number(
                "08.2",
                "a bigram's +alpha smoothed probability",
                Exercise.OfCell.class,
                "(long[][] counts, int i, int j, double alpha) -> smoothedProbability(counts, i, j, alpha)");
        e.solution(Notebook08.class, Notebook08::smoothedProbability);
        long[][] large = Cases.counts(27, 500, 5);
        List<Cases.Cell> cases = List.of(
                new Cases.Cell(TRAINING, 0, 1, 1),
                new Cases.Cell(TRAINING, 0, 0, 0.5),
                new Cases.Cell(TRAINING, 2, 2, 0),
                new Cases.Cell(TRAINING, 1, 1, 0.01),
                new Cases.Cell(large, 26, 3, 1),
                new Cases.Cell(large, 4, 7, 0.001));
        for (Cases.Cell c : cases) {
            e.check(
                    c.label("alpha"),
                    c::callOn,
                    referenceSmoothed(c.counts(), c.i(), c.j(), c.weight()),
                    1e-12,
                    "(N[i][j] + alpha) / (R[i] + K alpha), R[i] the row total and K the row's length");
        }
        return e.mistake(
                        "alpha once in the total",
                        "every one of the K next characters gets alpha: add K alpha" + " to the row total, not alpha",
                        (counts, i, j, alpha) -> (counts[i][j] + alpha)
                                / (Arrays.stream(counts[i]).sum() + alpha))
                .mistake(
                        "all the counts",
                        "normalise within the row i: divide by row i's total plus K alpha," + " not by all the counts",
                        (counts, i, j, alpha) -> (counts[i][j] + alpha)
                                / (Arrays.stream(counts)
                                                .flatMapToLong(Arrays::stream)
                                                .sum()
                                        + alpha * counts.length * counts.length))
                .build();
    }

    @Solution("08.2")
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

    private static Definition<Exercise.OfTwoAndParameter<long[][], long[][], Double>, Double> heldOut() {
        Definition.Builder<Exercise.OfTwoAndParameter<long[][], long[][], Double>, Double> e = Definition.number(
                "08.3",
                "the held-out NLL of a count model",
                Exercise.OfTwoAndParameter.class,
                "(long[][] training, long[][] heldOut, double alpha) -> heldOutNll(training, heldOut, alpha)");
        e.solution(Notebook08.class, Notebook08::heldOutNll);
        long[][] largeTraining = Cases.counts(27, 500, 6), largeHeldOut = Cases.counts(27, 60, 7);
        List<Cases.Split> cases = List.of(
                new Cases.Split("3 x 3, alpha = 1", TRAINING, HELD_OUT, 1),
                new Cases.Split("3 x 3, alpha = 0, every held-out bigram seen in training", TRAINING, HELD_OUT, 0),
                new Cases.Split(
                        "3 x 3, alpha = 0, a held-out bigram never seen in training", TRAINING, HELD_OUT_UNSEEN, 0),
                new Cases.Split("3 x 3, alpha = 0.1, the same unseen bigram", TRAINING, HELD_OUT_UNSEEN, 0.1),
                new Cases.Split("27 x 27 seeded counts, alpha = 0.5", largeTraining, largeHeldOut, 0.5));
        for (Cases.Split c : cases) {
            e.check(
                    c.label(),
                    c::callOn,
                    referenceHeldOut(c.training(), c.heldOut(), c.alpha()),
                    1e-12,
                    "the model comes from the training counts, the score from the held-out counts:"
                            + " sum H[i][j] * -ln P[i][j] / sum H[i][j]; an unseen bigram with alpha = 0 makes it Infinity");
        }
        return e.mistake(
                        "scored on training",
                        "score the held-out counts: on the training counts the model" + " always looks good",
                        (training, held, alpha) -> referenceHeldOut(training, training, alpha))
                .mistake(
                        "0 times ln 0",
                        "skip the cells the held-out data never visits: 0 * ln 0 is NaN in Java," + " but 0 in the sum",
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

    @Solution("08.3")
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
