package nll.exercise.content;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.ToDoubleBiFunction;
import nll.exercise.Definition;
import nll.exercise.Exercise;
import nll.exercise.ExerciseSet;
import nll.exercise.Solution;
import nll.format.DecimalText;

/** Exercises of notebook 09 (smoothing as a prior, label smoothing, calibration), their solutions and mistakes. */
public final class Notebook09 implements ExerciseSet {

    @Override
    public String notebook() {
        return "09";
    }

    /** The notebook's exercises, in order. */
    @Override
    public List<Definition<?, ?>> exercises() {
        return List.of(priorSigma(), labelSmoothed(), calibration());
    }

    private static final long[][] COUNTS = {{0, 3, 1}, {2, 0, 2}, {5, 1, 0}};

    private static Definition<DoubleBinaryOperator, Double> priorSigma() {
        Definition.Builder<DoubleBinaryOperator, Double> e = Definition.number(
                "09.1",
                "the prior sigma of a penalty lambda on a mean loss",
                DoubleBinaryOperator.class,
                "(double lambda, double n) -> sigmaForPenalty(lambda, n)");
        e.solution(Notebook09.class, Notebook09::sigmaForPenalty);
        double[][] cases = {{0.01, 183_795}, {0.000178, 183_795}, {0.01, 22_985}, {1, 729}, {0.5, 1e6}};
        for (double[] c : cases) {
            double lambda = c[0], n = c[1];
            // sigma^2 = 729 / (2 lambda n), in exact decimal arithmetic before the square root
            double variance = new BigDecimal(729)
                    .divide(new BigDecimal(2 * lambda).multiply(new BigDecimal(n)), MathContext.DECIMAL128)
                    .doubleValue();
            e.check(
                    Cases.format("lambda = %s, n = %s", DecimalText.shortest(lambda), DecimalText.shortest(n)),
                    f -> f.applyAsDouble(lambda, n),
                    Math.sqrt(variance),
                    1e-12,
                    "lambda / 729 = 1 / (2 sigma^2 n): solve for sigma");
        }
        return e.mistake("the variance", "that is sigma^2: take its square root", (lambda, n) -> 729 / (2 * lambda * n))
                .mistake(
                        "n left out",
                        "the loss is a mean over n examples: the prior's term is divided by n too",
                        (lambda, n) -> Math.sqrt(729 / (2 * lambda)))
                .build();
    }

    @Solution("09.1")
    static double sigmaForPenalty(double lambda, double n) {
        return Math.sqrt(729 / (2 * lambda * n));
    }

    /** (1 - epsilon) N[i][j] / R[i] + epsilon / K, in exact decimal arithmetic. */
    static double referenceLabelSmoothed(long[][] counts, int i, int j, double epsilon) {
        BigDecimal e = BigDecimal.valueOf(epsilon);
        BigDecimal frequency = BigDecimal.valueOf(counts[i][j])
                .divide(BigDecimal.valueOf(Arrays.stream(counts[i]).sum()), MathContext.DECIMAL128);
        return BigDecimal.ONE
                .subtract(e)
                .multiply(frequency)
                .add(e.divide(BigDecimal.valueOf(counts[i].length), MathContext.DECIMAL128))
                .doubleValue();
    }

    private static Definition<Exercise.OfCell, Double> labelSmoothed() {
        Definition.Builder<Exercise.OfCell, Double> e = Definition.number(
                "09.2",
                "the probability that minimises the label-smoothed loss",
                Exercise.OfCell.class,
                "(long[][] counts, int i, int j, double epsilon)"
                        + " -> labelSmoothedProbability(counts, i, j, epsilon)");
        e.solution(Notebook09.class, Notebook09::labelSmoothedProbability);
        long[][] large = Cases.counts(27, 500, 11);
        List<Cases.Cell> cases = List.of(
                new Cases.Cell(COUNTS, 0, 1, 0.1),
                new Cases.Cell(COUNTS, 0, 0, 0.1),
                new Cases.Cell(COUNTS, 2, 1, 0),
                new Cases.Cell(COUNTS, 1, 2, 0.5),
                new Cases.Cell(large, 3, 20, 0.0024),
                new Cases.Cell(large, 26, 0, 0.01));
        for (Cases.Cell c : cases) {
            e.check(
                    c.label("epsilon"),
                    c::callOn,
                    referenceLabelSmoothed(c.counts(), c.i(), c.j(), c.weight()),
                    1e-12,
                    "(1 - epsilon) N[i][j] / R[i] + epsilon / K, R[i] the row total and K the row's length");
        }
        return e.mistake(
                        "epsilon not taken from the counts",
                        "the soft target keeps 1 - epsilon of the one-hot:" + " multiply the frequency by 1 - epsilon",
                        (counts, i, j, epsilon) ->
                                (double) counts[i][j] / Arrays.stream(counts[i]).sum() + epsilon / counts[i].length)
                .mistake(
                        "add-epsilon",
                        "label smoothing is not add-alpha with alpha = epsilon: mix the frequency"
                                + " with the uniform 1 / K",
                        (counts, i, j, epsilon) -> Cases.smoothedRows(counts, epsilon)[i][j])
                .build();
    }

    @Solution("09.2")
    static double labelSmoothedProbability(long[][] counts, int i, int j, double epsilon) {
        long rowTotal = 0;
        for (long c : counts[i]) {
            rowTotal += c;
        }
        return (1 - epsilon) * counts[i][j] / rowTotal + epsilon / counts[i].length;
    }

    /** The expected calibration error with ten bins, each prediction weighted by its row's held-out examples. */
    static double referenceCalibration(long[][] heldOut, double[][] p) {
        return calibration(heldOut, p, true, true);
    }

    /**
     * Sum over ten bins of |observed - predicted| over all the predictions; unweighted, each cell is one prediction
     * and its outcome the row's held-out frequency; unsigned, the bins' gaps are added with their signs.
     */
    private static double calibration(long[][] heldOut, double[][] p, boolean weighted, boolean absolute) {
        double[] predictions = new double[10];
        double[] predicted = new double[10];
        double[] observed = new double[10];
        for (int i = 0; i < p.length; i++) {
            long trials = Arrays.stream(heldOut[i]).sum();
            for (int j = 0; j < p[i].length; j++) {
                int bin = (int) Math.min(Math.floor(p[i][j] * 10), 9);
                double weight = weighted ? trials : 1;
                predictions[bin] += weight;
                predicted[bin] += weight * p[i][j];
                observed[bin] += weighted ? heldOut[i][j] : (double) heldOut[i][j] / trials;
            }
        }
        double all = Arrays.stream(predictions).sum();
        double error = 0;
        for (int bin = 0; bin < 10; bin++) {
            double gap = (observed[bin] - predicted[bin]) / all;
            error += absolute ? Math.abs(gap) : gap;
        }
        return error;
    }

    private static Definition<ToDoubleBiFunction<long[][], double[][]>, Double> calibration() {
        Definition.Builder<ToDoubleBiFunction<long[][], double[][]>, Double> e = Definition.number(
                "09.3",
                "the expected calibration error",
                ToDoubleBiFunction.class,
                "(long[][] heldOut, double[][] P) -> calibrationError(heldOut, P)");
        e.solution(Notebook09.class, Notebook09::calibrationError);
        long[][] largeTraining = Cases.counts(27, 500, 12), largeHeldOut = Cases.counts(27, 60, 13);
        double[][] uniform = Cases.smoothedRows(new long[3][3], 1);
        List<Cases.CountsAndRows> cases = List.of(
                new Cases.CountsAndRows("3 x 3, +1 rows", COUNTS, Cases.smoothedRows(COUNTS, 1)),
                new Cases.CountsAndRows(
                        "3 x 3, the held-out frequencies themselves", COUNTS, Cases.smoothedRows(COUNTS, 0)),
                new Cases.CountsAndRows("3 x 3, uniform rows", COUNTS, uniform),
                new Cases.CountsAndRows(
                        "27 x 27 seeded counts, +0.5 rows from other counts",
                        largeHeldOut,
                        Cases.smoothedRows(largeTraining, 0.5)));
        for (Cases.CountsAndRows c : cases) {
            e.check(
                    c.label(),
                    c::callOn,
                    referenceCalibration(c.counts(), c.p()),
                    1e-12,
                    "bin every P[i][j] by floor(10 P), weight it by row i's held-out examples, and add"
                            + " |observed - predicted| over the bins, divided by all the predictions");
        }
        return e.mistake(
                        "unweighted",
                        "each P[i][j] is a prediction for every held-out example of row i:"
                                + " weight it by the row's held-out total",
                        (held, p) -> calibration(held, p, false, true))
                .mistake(
                        "signed gaps",
                        "add the bins' gaps without their signs: with signs they cancel, since"
                                + " every row's predictions and outcomes both add up to its examples",
                        (held, p) -> calibration(held, p, true, false))
                .build();
    }

    @Solution("09.3")
    static double calibrationError(long[][] heldOut, double[][] p) {
        int bins = 10;
        double[] predictions = new double[bins];
        double[] gap = new double[bins]; // observed minus predicted, summed over the bin
        for (int i = 0; i < p.length; i++) {
            long trials = 0;
            for (long c : heldOut[i]) {
                trials += c;
            }
            for (int j = 0; j < p[i].length; j++) {
                int bin = Math.min((int) (p[i][j] * bins), bins - 1);
                predictions[bin] += trials;
                gap[bin] += heldOut[i][j] - trials * p[i][j];
            }
        }
        double all = 0, error = 0;
        for (int bin = 0; bin < bins; bin++) {
            all += predictions[bin];
            error += Math.abs(gap[bin]);
        }
        return error / all;
    }
}
