package nll.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nll.bigram.BigramCounts;
import nll.bigram.BigramDataset;
import nll.bigram.BigramLoss;
import nll.bigram.GradientDescent;
import nll.bigram.Names;
import nll.bigram.NeuralModel;

/**
 * The figures printed by {@code bench/run}: the time of one training step of the neural bigram model, per example
 * and from the counts, and of the post's 1000 steps, set beside the PyTorch figures of {@code bench/torch_step.py},
 * with the speed-ups and the agreement of the float64 losses. One {@code key value} line per figure, times in
 * milliseconds (medians, see {@link MedianTimer}).
 *
 * <p>Usage, from the repository root:
 *
 * <pre>
 *   java -cp bench/target/benchmarks.jar nll.bench.TrainingStepReport NAMES --single-core-only
 *   java -cp bench/target/benchmarks.jar nll.bench.TrainingStepReport NAMES [--with FILE]...
 * </pre>
 *
 * The first form times only the per-example step and prints it as {@code step_ms_per_example_1core}; run it under
 * {@code taskset -c 0}. The second prints every figure, taking the PyTorch figures and the single-core figure from
 * the {@code key value} files given with {@code --with} (the outputs of the script and of the first form).
 */
public final class TrainingStepReport {

    /** The post's learning rate. */
    private static final double LEARNING_RATE = 50;
    /** Steps from {@code W = 0} over which the Java and PyTorch float64 losses are compared. */
    private static final int AGREEMENT_STEPS = 100;

    private static final String TORCH_LOSS = "torch_loss_float64";

    private final BigramDataset dataset;
    private final BigramLoss perExample;
    private final BigramLoss fromCounts;

    private TrainingStepReport(Path names) {
        dataset = BigramDataset.of(Names.load(names));
        perExample = BigramLoss.perExample(dataset);
        fromCounts = BigramLoss.fromCounts(BigramCounts.of(dataset));
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: TrainingStepReport NAMES [--single-core-only | --with FILE...]");
        }
        TrainingStepReport report = new TrainingStepReport(Path.of(args[0]));
        if (args.length == 2 && args[1].equals("--single-core-only")) {
            print("step_ms_per_example_1core", "%.3f", report.perExampleStepMillis());
            return;
        }
        Map<String, String> earlier = new LinkedHashMap<>();
        for (int k = 1; k < args.length; k += 2) {
            if (!args[k].equals("--with") || k + 1 == args.length) {
                throw new IllegalArgumentException("argument " + k + " = '" + args[k] + "' must be --with FILE");
            }
            earlier.putAll(readKeyValues(Path.of(args[k + 1])));
        }
        report.printAll(earlier);
    }

    /** The median time of one per-example step, from a point of a real run rather than W = 0. */
    private double perExampleStepMillis() {
        return new MedianTimer(3000, 21).millisPerCall(new TrainingLoop(perExample, LEARNING_RATE, start()));
    }

    /** Ten steps from a seeded N(0, 1) W, so that the rows differ as they do during training. */
    private NeuralModel start() {
        return GradientDescent.of(fromCounts, LEARNING_RATE)
                .train(NeuralModel.gaussian(2147483647L), 10)
                .model();
    }

    private void printAll(Map<String, String> earlier) {
        print("cores", "%d", Runtime.getRuntime().availableProcessors());
        print("examples", "%d", dataset.size());

        double perExampleMillis = perExampleStepMillis();
        print("step_ms_per_example", "%.3f", perExampleMillis);
        printIfPresent(earlier, "step_ms_per_example_1core", "%.3f");
        double countsMillis =
                new MedianTimer(1000, 41).millisPerCall(new TrainingLoop(fromCounts, LEARNING_RATE, start()));
        print("step_ms_counts", "%.6f", countsMillis);
        GradientDescent fromZero = GradientDescent.of(fromCounts, LEARNING_RATE);
        print(
                "train_1000_ms_counts",
                "%.3f",
                new MedianTimer(1000, 21)
                        .millisPerCall(
                                () -> fromZero.train(NeuralModel.zeros(), 1000).loss(999)));

        if (!earlier.containsKey("torch_step_ms_float32")) {
            return;
        }
        double torch32 = Double.parseDouble(earlier.get("torch_step_ms_float32"));
        print("torch_threads", "%s", earlier.get("torch_threads"));
        print("torch_step_ms_float32", "%.3f", torch32);
        printIfPresent(earlier, "torch_step_ms_float64", "%.3f");
        print("speedup_per_example_vs_torch_float32", "%.1f", torch32 / perExampleMillis);
        print("speedup_counts_vs_torch_float32", "%.0f", torch32 / countsMillis);

        double[] torchLosses = torchLosses(earlier);
        print("loss_agreement", "%.2e", largestDifference(perExample, torchLosses));
        print("loss_agreement_counts", "%.2e", largestDifference(fromCounts, torchLosses));
    }

    /** {@code max_k |L_java(k) - L_torch(k)|} over the first {@value #AGREEMENT_STEPS} steps from W = 0. */
    private static double largestDifference(BigramLoss loss, double[] torchLosses) {
        double[] java = GradientDescent.of(loss, LEARNING_RATE)
                .train(NeuralModel.zeros(), AGREEMENT_STEPS)
                .losses();
        double largest = 0;
        for (int k = 0; k < AGREEMENT_STEPS; k++) {
            largest = Math.max(largest, Math.abs(java[k] - torchLosses[k]));
        }
        return largest;
    }

    private static double[] torchLosses(Map<String, String> earlier) {
        double[] losses = new double[AGREEMENT_STEPS];
        for (int k = 0; k < AGREEMENT_STEPS; k++) {
            String value = earlier.get(TORCH_LOSS + " " + k);
            if (value == null) {
                throw new IllegalArgumentException("the PyTorch output has no '" + TORCH_LOSS + " " + k
                        + "' line; it must give the first " + AGREEMENT_STEPS + " float64 losses");
            }
            losses[k] = Double.parseDouble(value);
        }
        return losses;
    }

    /** The lines of a file as key and value, the value being the last field (a loss line's key includes its step). */
    private static Map<String, String> readKeyValues(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read --with file " + file, e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<String> malformed = new ArrayList<>();
        for (String line : lines) {
            int space = line.lastIndexOf(' ');
            if (space <= 0) {
                malformed.add(line);
            } else {
                values.put(line.substring(0, space), line.substring(space + 1));
            }
        }
        if (!malformed.isEmpty()) {
            throw new IllegalArgumentException(file + " has lines that are not 'key value': " + malformed);
        }
        return values;
    }

    private static void printIfPresent(Map<String, String> earlier, String key, String format) {
        if (earlier.containsKey(key)) {
            print(key, format, Double.parseDouble(earlier.get(key)));
        }
    }

    private static void print(String key, String format, Object value) {
        System.out.println(key + " " + String.format(Locale.ROOT, format, value));
    }
}
