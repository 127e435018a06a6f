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
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
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
            fail(SCRIPT + " failed: "
                    + (err.contains("No module named 'numpy'") ? "NumPy is missing: " + INSTALL : err));
        }
        reference = new LinkedHashMap<>();
        for (String line : run.stdout().lines().toList()) {
            if (!line.startsWith("#") && !line.isBlank()) {
                int space = line.indexOf(' ');
                reference.put(line.substring(0, space), line.substring(space + 1));
            }
        }
        split = NameSplit.of(Fixtures.names(), SEED);
        trainCounts = BigramCounts.of(BigramDataset.of(split.train()));
        parts = Map.of(
                "train",
                BigramDataset.of(split.train()),
                "dev",
                BigramDataset.of(split.dev()),
                "test",
                BigramDataset.of(split.test()));
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
            assertEquals(
                    Long.parseLong(text(part + ".examples")), parts.get(part).size(), part);
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
        return reference.keySet().stream()
                .filter(key -> key.startsWith("alpha_dev."))
                .map(key -> {
                    double exponent = Double.parseDouble(key.substring("alpha_dev.".length()));
                    return dynamicTest(
                            "alpha = 10^" + exponent,
                            () -> assertEquals(
                                    number(key),
                                    CountModel.of(trainCounts, Math.pow(10, exponent))
                                            .averageNll(parts.get("dev")),
                                    1e-13));
                });
    }

    @Test
    void theBestAlphaAndItsTestNll() {
        assertEquals(number("best_alpha"), bestOnDev("alpha_dev."), 1e-15);
        CountModel best = CountModel.of(trainCounts, number("best_alpha"));
        for (String part : List.of("train", "dev", "test")) {
            assertEquals(number("best_alpha." + part), best.averageNll(parts.get(part)), 1e-13, part);
            assertEquals(
                    number("plus_one." + part), CountModel.of(trainCounts, 1).averageNll(parts.get(part)), 1e-13, part);
        }
    }

    @TestFactory
    Stream<DynamicTest> devNllAgainstLambda() {
        return reference.keySet().stream()
                .filter(key -> key.startsWith("lambda_dev."))
                .map(key -> {
                    double exponent = Double.parseDouble(key.substring("lambda_dev.".length()));
                    return dynamicTest("lambda = 10^" + exponent, () -> {
                        NeuralModel fitted = RegularizedMinimum.of(trainCounts, Math.pow(10, exponent))
                                .model();
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
        reference.keySet().stream()
                .filter(key -> key.startsWith("name_nll."))
                .forEach(key -> assertEquals(
                        number(key),
                        best.averageNll(BigramDataset.of(Names.of(key.substring("name_nll.".length())))),
                        1e-10,
                        key));
        assertModel("post_lambda", RegularizedMinimum.of(trainCounts, 0.01).model(), 0.01);
        NeuralModel unpenalised = GradientDescent.of(BigramLoss.fromCounts(trainCounts, 0), 50)
                .train(NeuralModel.zeros(), 1000)
                .model();
        for (String part : List.of("train", "dev", "test")) {
            assertEquals(number("no_penalty." + part), unpenalised.averageNll(parts.get(part)), 1e-12, part);
        }
    }

    @Test
    void repeatedNamesAndTheTestNllWithoutThem() {
        java.util.Set<String> training = new java.util.HashSet<>(split.train().asList());
        assertEquals(
                Long.parseLong(text("dev.names_in_train")),
                split.dev().asList().stream().filter(training::contains).count());
        List<String> fresh = split.test().asList().stream()
                .filter(name -> !training.contains(name))
                .toList();
        assertEquals(Integer.parseInt(text("test.fresh_names")), fresh.size());
        NeuralModel best =
                RegularizedMinimum.of(trainCounts, number("best_lambda")).model();
        assertEquals(number("best_lambda.test_fresh"), best.averageNll(BigramDataset.of(Names.of(fresh))), 1e-10);
    }

    @Test
    void theNumberOfStepsChosenOnTheDevelopmentNames() {
        BigramLoss unpenalised = BigramLoss.fromCounts(trainCounts, 0);
        NeuralModel model = NeuralModel.zeros();
        int done = 0;
        List<String> keys = reference.keySet().stream()
                .filter(key -> key.startsWith("steps_dev."))
                .toList();
        assertTrue(keys.size() > 10);
        for (String key : keys) {
            int steps = Integer.parseInt(key.substring("steps_dev.".length()));
            model = GradientDescent.of(unpenalised, 50)
                    .train(model, steps - done)
                    .model();
            done = steps;
            assertEquals(number(key), model.averageNll(parts.get("dev")), 1e-11, key);
        }
    }

    @Test
    void labelSmoothingChosenOnTheDevelopmentNames() {
        reference.keySet().stream()
                .filter(key -> key.startsWith("epsilon_dev."))
                .forEach(key -> {
                    double epsilon = Math.pow(10, Double.parseDouble(key.substring("epsilon_dev.".length())));
                    assertEquals(
                            number(key),
                            LabelSmoothedModel.of(trainCounts, epsilon).averageNll(parts.get("dev")),
                            1e-13,
                            key);
                });
        assertEquals(number("best_epsilon"), bestOnDev("epsilon_dev."), 1e-15);
        assertEquals(
                number("best_epsilon.test"),
                LabelSmoothedModel.of(trainCounts, number("best_epsilon")).averageNll(parts.get("test")),
                1e-13);
    }

    @Test
    void pairedBootstrapOverNames() {
        Map<String, BigramModel> models = Map.of(
                "plus_one",
                CountModel.of(trainCounts, 1),
                "best_alpha",
                CountModel.of(trainCounts, number("best_alpha")),
                "best_lambda",
                RegularizedMinimum.of(trainCounts, number("best_lambda")).model(),
                "post_lambda",
                RegularizedMinimum.of(trainCounts, 0.01).model(),
                "best_steps",
                GradientDescent.of(BigramLoss.fromCounts(trainCounts, 0), 50)
                        .train(NeuralModel.zeros(), (int) number("best_steps"))
                        .model(),
                "best_epsilon",
                LabelSmoothedModel.of(trainCounts, number("best_epsilon")));
        for (String part : List.of("dev", "test")) {
            Names names = part.equals("dev") ? split.dev() : split.test();
            PairedBootstrap bootstrap = PairedBootstrap.of(names, 1000, 2024);
            models.forEach((label, model) -> {
                String key = "boot." + part + "." + label;
                assertEstimate(key, bootstrap.averageNll(model));
            });
            reference.keySet().stream()
                    .filter(key -> key.startsWith("boot." + part + ".") && key.contains("-") && !key.endsWith(".se"))
                    .forEach(key -> {
                        String[] pair =
                                key.substring(("boot." + part + ".").length()).split("-", -1);
                        assertEstimate(key, bootstrap.difference(models.get(pair[0]), models.get(pair[1])));
                    });
        }
    }

    private static void assertEstimate(String key, PairedBootstrap.Estimate estimate) {
        assertEquals(number(key), estimate.value(), 1e-10, key);
        assertEquals(number(key + ".se"), estimate.standardError(), 1e-10, key + ".se");
    }

    @Test
    void calibrationOfTheBestLambdaOnTheTestNames() {
        double[][] p = RegularizedMinimum.of(trainCounts, number("best_lambda"))
                .model()
                .probabilities();
        BigramCounts testCounts = BigramCounts.of(parts.get("test"));
        long[] predictions = new long[10];
        double[] predicted = new double[10];
        double[] observed = new double[10];
        for (int i = 0; i < Vocabulary.SIZE; i++) {
            for (int j = 0; j < Vocabulary.SIZE; j++) {
                int bin = Math.min((int) (p[i][j] * 10), 9);
                predictions[bin] += testCounts.rowTotal(i);
                predicted[bin] += testCounts.rowTotal(i) * p[i][j];
                observed[bin] += testCounts.count(i, j);
            }
        }
        for (int bin = 0; bin < 10; bin++) {
            String key = "calibration." + bin;
            if (predictions[bin] == 0) {
                assertTrue(!reference.containsKey(key + ".predictions"), key);
                continue;
            }
            assertEquals(Long.parseLong(text(key + ".predictions")), predictions[bin], key);
            assertEquals(number(key + ".predicted"), predicted[bin] / predictions[bin], 1e-12, key);
            assertEquals(number(key + ".observed"), observed[bin] / predictions[bin], 1e-15, key);
        }
    }

    @Test
    void lambdaChosenAgainAsTheTrainingNamesGrow() {
        for (int fraction : new int[] {8, 4, 2, 1}) {
            List<String> first = split.train().asList().subList(0, split.train().size() / fraction);
            BigramCounts counts = BigramCounts.of(BigramDataset.of(Names.of(first)));
            assertEquals(Long.parseLong(text("growing." + fraction + ".examples")), counts.total(), "" + fraction);
            double best = Double.NaN;
            double bestNll = Double.POSITIVE_INFINITY;
            for (int k = 0; k <= 20; k++) {
                double lambda = Math.pow(10, -5 + k / 4.0);
                double nll = RegularizedMinimum.of(counts, lambda).model().averageNll(parts.get("dev"));
                if (nll < bestNll) {
                    bestNll = nll;
                    best = lambda;
                }
            }
            assertEquals(number("growing." + fraction + ".best_lambda"), best, 1e-15, "" + fraction);
        }
    }

    private static void assertModel(String prefix, NeuralModel model, double lambda) {
        assertEquals(
                number(prefix + ".loss"),
                BigramLoss.fromCounts(trainCounts, lambda).loss(model),
                1e-13);
        for (String part : List.of("train", "dev", "test")) {
            assertEquals(number(prefix + "." + part), model.averageNll(parts.get(part)), 1e-10, part);
        }
    }

    /** The grid value {@code 10^e} whose development NLL the script found lowest. */
    private static double bestOnDev(String prefix) {
        String best = reference.keySet().stream()
                .filter(key -> key.startsWith(prefix))
                .min((a, b) -> Double.compare(number(a), number(b)))
                .orElseThrow();
        assertTrue(
                reference.keySet().stream()
                                .filter(key -> key.startsWith(prefix))
                                .count()
                        > 10,
                prefix);
        return Math.pow(10, Double.parseDouble(best.substring(prefix.length())));
    }
}
