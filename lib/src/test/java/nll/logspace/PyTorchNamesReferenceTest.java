package nll.logspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nll.bigram.BigramCounts;
import nll.bigram.BigramDataset;
import nll.bigram.BigramLoss;
import nll.bigram.GradientDescent;
import nll.bigram.Names;
import nll.bigram.NeuralModel;
import nll.process.Command;
import nll.process.CommandResult;
import nll.process.Programs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PyTorch loss functions notebook 07 names ({@code F.cross_entropy}, {@code F.nll_loss}, {@code label_smoothing})
 * against {@code pytorch_names_reference.py}, which implements PyTorch's documented formulas in NumPy, run here with
 * the Python of the Jupyter the runner uses, on the bigram examples of the names and the post's W after 1000 steps. The test fails, saying what
 * to install, when Python or NumPy is missing.
 */
class PyTorchNamesReferenceTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final Path SCRIPT =
            Path.of("src", "test", "resources", "nll", "logspace", "pytorch_names_reference.py");
    private static final Path NAMES_FILE = Path.of("..", "data", "names.txt");
    private static final String INSTALL = "sudo apt-get install -y python3 python3-numpy";
    private static final double PENALTY = 0.01;
    private static final double EPSILON = 0.1;

    private static final Map<String, Double> reference = new HashMap<>();
    private static NeuralModel trained;
    private static BigramCounts counts;
    private static double[][] logits;
    private static int[] ys;

    @BeforeAll
    static void runTheScriptAndTrain() {
        List<String> command = new ArrayList<>(Programs.jupyterPython());
        command.addAll(List.of(SCRIPT.toString(), NAMES_FILE.toString()));
        CommandResult run = Command.of(command).run(TIMEOUT);
        if (!run.succeeded()) {
            String err = run.stderr();
            fail(SCRIPT + " failed: "
                    + (err.contains("No module named 'numpy'") ? "NumPy is missing: " + INSTALL : err));
        }
        for (String line : run.stdout().lines().toList()) {
            if (!line.isBlank()) {
                String[] keyAndValue = line.split(" ", -1);
                reference.put(keyAndValue[0], Double.parseDouble(keyAndValue[1]));
            }
        }
        BigramDataset data = BigramDataset.of(Names.load(NAMES_FILE));
        counts = BigramCounts.of(data);
        trained = GradientDescent.of(BigramLoss.fromCounts(counts, PENALTY), 50)
                .train(NeuralModel.zeros(), 1000)
                .model();
        logits = trained.logits(data.xs());
        ys = data.ys();
        assertEquals(reference.get("examples"), ys.length);
    }

    private static double number(String key) {
        Double value = reference.get(key);
        if (value == null) {
            throw new IllegalStateException(SCRIPT + " printed no key " + key);
        }
        return value;
    }

    @Test
    void crossEntropyIsTheNllLossOfTheLogSoftmax() {
        assertEquals(number("cross_entropy"), CrossEntropyFromLogits.mean(logits, ys), 1e-10);
    }

    @Test
    void nllLossFedProbabilitiesIsMinusTheirMean() {
        CompensatedSum probabilities = new CompensatedSum();
        for (int k = 0; k < ys.length; k++) {
            probabilities.add(Softmax.of(logits[k])[ys[k]]);
        }
        assertEquals(number("nll_loss_of_probabilities"), -probabilities.value() / ys.length, 1e-10);
    }

    @Test
    void thePostsLossLineIsCrossEntropyPlusThePenalty() {
        assertEquals(number("loss_line"), BigramLoss.fromCounts(counts, PENALTY).loss(trained), 1e-10);
        assertEquals(
                number("loss_line"),
                CrossEntropyFromLogits.mean(logits, ys) + PENALTY * trained.meanSquaredWeight(),
                1e-10);
    }

    @Test
    void labelSmoothingMixesTheOneHotWithTheUniform() {
        CompensatedSum total = new CompensatedSum();
        for (int k = 0; k < ys.length; k++) {
            double[] logProbabilities = LogSoftmax.of(logits[k]);
            double againstUniform = 0;
            for (double value : logProbabilities) {
                againstUniform -= value / logProbabilities.length;
            }
            total.add((1 - EPSILON) * -logProbabilities[ys[k]] + EPSILON * againstUniform);
        }
        assertEquals(number("label_smoothing_0.1"), total.value() / ys.length, 1e-10);
    }
}
