package nll.bigram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nll.information.Perplexity;
import nll.process.Command;
import nll.process.CommandResult;
import nll.process.Programs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The held-out figures of notebook 08 against {@code heldout_reference.py}, run here with NumPy on the same names by
 * the Python that runs Jupyter (found as the notebook runner finds it: {@code JUPYTER}, then {@code PATH}): an
 * implementation that shares no code with the library, down to the SplitMix64 shuffle. The test fails, saying what to
 * install, when Python or NumPy is missing.
 */
class HeldOutReferenceTest {

    private static final Path SCRIPT = Path.of("src", "test", "resources", "nll", "bigram", "heldout_reference.py");
    private static final String INSTALL = "sudo apt-get install -y python3 python3-numpy";
    private static final Duration TIMEOUT = Duration.ofSeconds(300);
    private static final long SEED = 42;

    private static Map<String, String> reference;
    private static NameSplit split;
    private static BigramCounts trainCounts;
    private static Map<String, BigramDataset> parts;

    @BeforeAll
    static void runTheScript() {
        List<String> command = new ArrayList<>(Programs.jupyterPython());
        command.addAll(List.of(SCRIPT.toString(), Fixtures.NAMES_FILE.toString()));
        CommandResult run = Command.of(command).run(TIMEOUT);
        if (!run.succeeded()) {
            String err = run.stderr();
            fail(SCRIPT + " failed: " + (err.contains("No module named 'numpy'") ? "NumPy is missing: " + INSTALL : err));
        }
        reference = new LinkedHashMap<>();
        for (String line : run.stdout().split("\n")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                int space = line.indexOf(' ');
                reference.put(line.substring(0, space), line.substring(space + 1));
            }
        }
        split = NameSplit.of(Fixtures.names(), SEED);
        trainCounts = BigramCounts.of(BigramDataset.of(split.train()));
        parts = Map.of("train", BigramDataset.of(split.train()), "dev", BigramDataset.of(split.dev()),
                "test", BigramDataset.of(split.test()));
    }

    private static String text(String key) {
        String value = reference.get(key);
        if (value == null) {
            throw new IllegalStateException(SCRIPT + " printed no key " + key);
        }
        return value;
    }

    private static double number(String key) {
        return Double.parseDouble(text(key));
    }

    @Test
    void theSplitIsTheSameNamesInTheSameOrder() {
        Map<String, Names> byPart = Map.of("train", split.train(), "dev", split.dev(), "test", split.test());
        byPart.forEach((part, names) -> {
            assertEquals(Integer.parseInt(text(part + ".names")), names.size(), part);
            assertEquals(text(part + ".first"), names.get(0), part);
            assertEquals(text(part + ".last"), names.get(names.size() - 1), part);
            assertEquals(Long.parseLong(text(part + ".examples")), parts.get(part).size(), part);
        });
    }

    @Test
    void heldOutBigramsNeverSeenInTraining() {
        for (String part : List.of("dev", "test")) {
            BigramCounts counts = BigramCounts.of(parts.get(part));
            StringBuilder unseen = new StringBuilder();
            long examples = 0;
            for (int i = 0; i < Vocabulary.SIZE; i++) {
                for (int j = 0; j < Vocabulary.SIZE; j++) {
                    if (counts.count(i, j) > 0 && trainCounts.count(i, j) == 0) {
                        unseen.append(unseen.length() == 0 ? "" : " ").append(Vocabulary.bigram(i, j));
                        examples += counts.count(i, j);
                    }
                }
            }
            assertEquals(text(part + ".unseen_list"), unseen.toString(), part);
            assertEquals(Long.parseLong(text(part + ".unseen_examples")), examples, part);
        }
    }

    @Test
    void rawCountsAreFiniteOnTrainingAndInfiniteOnHeldOutNames() {
        CountModel mle = CountModel.of(trainCounts, 0);
        assertEquals(number("mle.train"), mle.averageNll(parts.get("train")), 1e-13);
        assertEquals(Double.POSITIVE_INFINITY, mle.averageNll(parts.get("dev")));
        assertEquals(Double.POSITIVE_INFINITY, mle.averageNll(parts.get("test")));
        assertEquals("inf", text("mle.dev"));
        assertEquals(Double.POSITIVE_INFINITY, Perplexity.ofNll(mle.averageNll(parts.get("test"))));
    }

    @TestFactory
    Stream<DynamicTest> devNllAgainstAlpha() {
        return reference.keySet().stream().filter(key -> key.startsWith("alpha_dev.")).map(key -> {
            double exponent = Double.parseDouble(key.substring("alpha_dev.".length()));
            return dynamicTest("alpha = 10^" + exponent, () -> assertEquals(number(key),
                    CountModel.of(trainCounts, Math.pow(10, exponent)).averageNll(parts.get("dev")), 1e-13));
        });
    }

    @Test
    void theBestAlphaAndItsTestNll() {
        assertEquals(number("best_alpha"), bestOnDev("alpha_dev."), 1e-15);
        CountModel best = CountModel.of(trainCounts, number("best_alpha"));
        for (String part : List.of("train", "dev", "test")) {
            assertEquals(number("best_alpha." + part), best.averageNll(parts.get(part)), 1e-13, part);
            assertEquals(number("plus_one." + part), CountModel.of(trainCounts, 1).averageNll(parts.get(part)),
                    1e-13, part);
        }
    }

    @TestFactory
    Stream<DynamicTest> devNllAgainstLambda() {
        return reference.keySet().stream().filter(key -> key.startsWith("lambda_dev.")).map(key -> {
            double exponent = Double.parseDouble(key.substring("lambda_dev.".length()));
            return dynamicTest("lambda = 10^" + exponent, () -> {
                NeuralModel fitted = RegularizedMinimum.of(trainCounts, Math.pow(10, exponent)).model();
                assertEquals(number(key), fitted.averageNll(parts.get("dev")), 1e-10);
            });
        });
    }

    @Test
    void theBestLambdaThePostsLambdaAndNoPenalty() {
        double bestLambda = bestOnDev("lambda_dev.");
        assertEquals(number("best_lambda"), bestLambda, 1e-15);
        NeuralModel best = RegularizedMinimum.of(trainCounts, bestLambda).model();
        assertModel("best_lambda", best, bestLambda);
        double testNll = best.averageNll(parts.get("test"));
        assertEquals(number("best_lambda.test_perplexity"), Perplexity.ofNll(testNll), 1e-9);
        assertEquals(number("best_lambda.test_bits"), Perplexity.bitsPerToken(testNll), 1e-10);
        reference.keySet().stream().filter(key -> key.startsWith("name_nll.")).forEach(key -> assertEquals(
                number(key), best.averageNll(BigramDataset.of(Names.of(key.substring("name_nll.".length())))),
                1e-10, key));
        assertModel("post_lambda", RegularizedMinimum.of(trainCounts, 0.01).model(), 0.01);
        NeuralModel unpenalised = GradientDescent.of(BigramLoss.fromCounts(trainCounts, 0), 50)
                .train(NeuralModel.zeros(), 1000).model();
        for (String part : List.of("train", "dev", "test")) {
            assertEquals(number("no_penalty." + part), unpenalised.averageNll(parts.get(part)), 1e-12, part);
        }
    }

    private static void assertModel(String prefix, NeuralModel model, double lambda) {
        assertEquals(number(prefix + ".loss"), BigramLoss.fromCounts(trainCounts, lambda).loss(model), 1e-13);
        for (String part : List.of("train", "dev", "test")) {
            assertEquals(number(prefix + "." + part), model.averageNll(parts.get(part)), 1e-10, part);
        }
    }

    /** The grid value {@code 10^e} whose development NLL the script found lowest. */
    private static double bestOnDev(String prefix) {
        String best = reference.keySet().stream().filter(key -> key.startsWith(prefix))
                .min((a, b) -> Double.compare(number(a), number(b))).orElseThrow();
        assertTrue(reference.keySet().stream().filter(key -> key.startsWith(prefix)).count() > 10, prefix);
        return Math.pow(10, Double.parseDouble(best.substring(prefix.length())));
    }
}
