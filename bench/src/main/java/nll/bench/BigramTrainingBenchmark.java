package nll.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nll.bigram.BigramCounts;
import nll.bigram.BigramDataset;
import nll.bigram.BigramLoss;
import nll.bigram.GradientDescent;
import nll.bigram.LossAndGradient;
import nll.bigram.Names;
import nll.bigram.NeuralModel;
import nll.bigram.TrainingRun;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One full-batch training step of the neural bigram model on all 229,804 examples of {@code data/names.txt} (loss,
 * gradient and the update {@code W -= 50 grad}), computed example by example and from the 27x27 counts, and the
 * post's 1000 steps from the counts.
 *
 * <p>Run from the repository root: {@code java -jar bench/target/benchmarks.jar BigramTraining}; point elsewhere with
 * {@code -p namesFile=path/to/names.txt}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BigramTrainingBenchmark {

    private static final double LEARNING_RATE = 50;

    @Param("data/names.txt")
    public String namesFile;

    private BigramLoss perExample;
    private BigramLoss fromCounts;
    private NeuralModel start;

    @Setup
    public void load() {
        BigramDataset dataset = BigramDataset.of(Names.load(Path.of(namesFile)));
        perExample = BigramLoss.perExample(dataset);
        fromCounts = BigramLoss.fromCounts(BigramCounts.of(dataset));
        // A point of a real run rather than W = 0, whose rows are all alike.
        start = GradientDescent.of(fromCounts, LEARNING_RATE)
                .train(NeuralModel.gaussian(2147483647L), 10)
                .model();
    }

    @Benchmark
    public NeuralModel stepPerExample() {
        LossAndGradient evaluated = perExample.evaluate(start);
        return start.step(evaluated.gradient(), LEARNING_RATE);
    }

    @Benchmark
    public NeuralModel stepCounts() {
        LossAndGradient evaluated = fromCounts.evaluate(start);
        return start.step(evaluated.gradient(), LEARNING_RATE);
    }

    @Benchmark
    public TrainingRun train1000StepsCounts() {
        return GradientDescent.of(fromCounts, LEARNING_RATE).train(NeuralModel.zeros(), 1000);
    }
}
