package nll.information;

import static nll.validation.Rejection.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import nll.bigram.BigramCounts;
import nll.bigram.BigramDataset;
import nll.bigram.Names;
import nll.logspace.CrossEntropyFromLogits;
import nll.logspace.Softmax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Entropy, cross entropy, KL divergence and conditional entropy against closed forms and PyTorch 1.13 (float64),
 * the PyTorch values from
 * {@code /usr/bin/python3 -c "import torch; p=torch.tensor([0.5,0.25,0.125,0.125],dtype=torch.float64);
 * q=torch.tensor([0.1,0.2,0.3,0.4],dtype=torch.float64); print(torch.distributions.Categorical(probs=p).entropy(),
 * torch.nn.functional.cross_entropy(q.log()[None], p[None]), torch.nn.functional.kl_div(q.log(), p, reduction='sum'),
 * torch.nn.functional.kl_div(p.log(), q, reduction='sum'))"}.
 */
class InformationTest {

    private static final double[] P = {0.5, 0.25, 0.125, 0.125};
    private static final double[] Q = {0.1, 0.2, 0.3, 0.4};

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 27, 1000})
    void entropyOfTheUniformDistributionIsLogK(int k) {
        double[] uniform = new double[k];
        Arrays.fill(uniform, 1.0 / k);
        // closed form: H(uniform over k) = ln k
        assertEquals(Math.log(k), Entropy.of(uniform), 1e-13);
    }

    @Test
    void entropyOfACertainOutcomeIsPositiveZero() {
        // closed form: 1 ln 1 + 0 ln 0 = 0; +0.0, not -0.0
        assertEquals(0.0, Entropy.of(0, 1, 0));
        assertEquals(Double.doubleToLongBits(0.0), Double.doubleToLongBits(Entropy.of(1)));
    }

    @Test
    void entropyMatchesTorch() {
        // torch.distributions.Categorical(probs=p).entropy(): 1.2130075659799042; closed form 1.75 ln 2 as well
        assertEquals(1.2130075659799042, Entropy.of(P), 1e-15);
        assertEquals(1.75 * Math.log(2), Entropy.of(P), 1e-15);
        // Categorical(probs=torch.tensor([0.3,0.7],dtype=torch.float64)).entropy() = 0.6108643020548935
        assertEquals(0.6108643020548935, Entropy.of(0.3, 0.7), 1e-15);
    }

    @Test
    void crossEntropyMatchesTorch() {
        // F.cross_entropy(q.log()[None], p[None]) with probability targets: 1.8186849666305593
        assertEquals(1.8186849666305593, CrossEntropy.of(P, Q), 1e-15);
    }

    @ParameterizedTest
    @MethodSource("distributions")
    void crossEntropyOfADistributionWithItselfIsItsEntropy(double[] p) {
        // identity: H(p, p) = -sum p log p = H(p)
        assertEquals(Entropy.of(p), CrossEntropy.of(p, p), 1e-15);
        assertEquals(0.0, KlDivergence.of(p, p));
    }

    @Test
    void crossEntropyWithAOneHotTargetIsMinusLogOfTheTargetsProbability() {
        double[] logits = {2.5, -1.25, 0.0, 3.75, 1.0};
        double[] q = Softmax.of(logits);
        for (int t = 0; t < q.length; t++) {
            double[] oneHot = new double[q.length];
            oneHot[t] = 1;
            // definition: every term but the target's is 0
            assertEquals(-Math.log(q[t]), CrossEntropy.of(oneHot, q), 0);
            // the logits form, CrossEntropyFromLogits, computes the same through log-softmax
            assertEquals(CrossEntropyFromLogits.of(logits, t), CrossEntropy.of(oneHot, q), 1e-15);
        }
    }

    @Test
    void klDivergenceMatchesTorchAndIsNotSymmetric() {
        // F.kl_div(q.log(), p, reduction='sum') = 0.6056774006506549, and with p and q swapped 0.5223284436221902
        assertEquals(0.6056774006506549, KlDivergence.of(P, Q), 1e-15);
        assertEquals(0.5223284436221902, KlDivergence.of(Q, P), 1e-15);
        // definition: KL(p || q) = H(p, q) - H(p)
        assertEquals(CrossEntropy.of(P, Q) - Entropy.of(P), KlDivergence.of(P, Q), 1e-15);
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void gibbsInequalityKlIsPositiveForDifferentDistributions(double[] p, double[] q) {
        // Gibbs' inequality: KL(p || q) > 0 for q != p, so H(p, q) > H(p)
        assertTrue(KlDivergence.of(p, q) > 0);
        assertTrue(CrossEntropy.of(p, q) > Entropy.of(p));
    }

    @Test
    void outcomesThatPNeverProducesDoNotCount() {
        // 0 log 0 = 0: closed form KL([0, 1/2, 1/2] || [0, 1/4, 3/4]) = 1/2 ln 2 + 1/2 ln(2/3) = 1/2 ln(4/3)
        double[] p = {0, 0.5, 0.5};
        double[] q = {0, 0.25, 0.75};
        assertEquals(0.5 * Math.log(4.0 / 3), KlDivergence.of(p, q), 1e-16);
        // closed form: H(p, q) = -1/2 ln(1/4) - 1/2 ln(3/4)
        assertEquals(-0.5 * Math.log(0.25) - 0.5 * Math.log(0.75), CrossEntropy.of(p, q), 1e-15);
    }

    @Test
    void aModelThatRulesOutAnObservedOutcomeHasInfiniteCrossEntropy() {
        // -p_i log 0 = +infinity for p_i > 0: infinite, never NaN
        double[] p = {0.5, 0.5};
        double[] q = {1, 0};
        assertEquals(Double.POSITIVE_INFINITY, CrossEntropy.of(p, q));
        assertEquals(Double.POSITIVE_INFINITY, KlDivergence.of(p, q));
        // the other way round q's zero is never drawn: KL([1, 0] || [1/2, 1/2]) = ln 2 (closed form)
        assertEquals(Math.log(2), KlDivergence.of(q, p), 1e-16);
    }

    @Test
    void conditionalEntropyClosedForms() {
        // Every row the same distribution (1/2, 1/4, 1/4): Y is independent of X, H(Y | X) = H(Y) = 1.5 ln 2.
        assertEquals(1.5 * Math.log(2), ConditionalEntropy.of(new long[][] {{2, 1, 1}, {20, 10, 10}}), 1e-15);
        // Each row a single column: X determines Y, H(Y | X) = 0.
        assertEquals(0.0, ConditionalEntropy.of(new long[][] {{0, 5}, {7, 0}, {0, 0}}));
        // Rows weighted by their totals: (2/6) ln 2 + (4/6) * 0 for rows {1, 1} and {4, 0}.
        assertEquals(Math.log(2) / 3, ConditionalEntropy.of(new long[][] {{1, 1}, {4, 0}}), 1e-16);
    }

    @Test
    void conditionalEntropyOfTheNamesBigrams() {
        long[][] counts = BigramCounts.of(BigramDataset.of(Names.load(Path.of("..", "data", "names.txt"))))
                .toArray();
        // /usr/bin/python3, counting the bigrams of data/names.txt with '.' at both ends:
        // -math.fsum(c * math.log(c / R[a]) for (a, b), c in N.items()) / n = 2.4543953286105005
        double h = ConditionalEntropy.of(counts);
        assertEquals(2.4543953286105005, h, 1e-14);
        // chain rule: H(Y | X) = H(X, Y) - H(X), from the joint and the row marginal
        double n = 229_804;
        double[] joint = new double[27 * 27];
        double[] rows = new double[27];
        for (int i = 0; i < 27; i++) {
            for (int j = 0; j < 27; j++) {
                joint[27 * i + j] = counts[i][j] / n;
                rows[i] += counts[i][j] / n;
            }
        }
        assertEquals(Entropy.of(joint) - Entropy.of(rows), h, 1e-13);
    }

    @Test
    void rejectsInvalidDistributions() {
        assertMessage("p = null must be an array", () -> Entropy.of((double[]) null));
        assertMessage("p is empty", () -> Entropy.of());
        assertMessage("p[0] = 1.25 must be a probability in [0, 1]", () -> Entropy.of(1.25, -0.25));
        assertMessage("p[1] = -0.25 must be a probability in [0, 1]", () -> Entropy.of(0.5, -0.25, 0.75));
        assertMessage("p[0] = NaN must be a probability", () -> Entropy.of(Double.NaN, 1));
        assertMessage("p[0] = Infinity must be a probability", () -> Entropy.of(Double.POSITIVE_INFINITY));
        assertMessage("p sums to 0.9; a probability distribution must sum to 1", () -> Entropy.of(0.5, 0.4));
        assertMessage("q sums to 1.1", () -> CrossEntropy.of(P, new double[] {0.5, 0.2, 0.2, 0.2}));
        assertMessage("q[2] = 1.5 must be a probability", () -> KlDivergence.of(P, new double[] {0, 0, 1.5, -0.5}));
        assertMessage("p.length = 4 must equal q.length = 2", () -> CrossEntropy.of(P, new double[] {0.5, 0.5}));
        assertMessage("p.length = 4 must equal q.length = 2", () -> KlDivergence.of(P, new double[] {0.5, 0.5}));
        assertMessage("q = null must be an array", () -> KlDivergence.of(P, null));
    }

    @Test
    void rejectsInvalidCounts() {
        assertMessage("counts = null must be a matrix of counts", () -> ConditionalEntropy.of(null));
        assertMessage("counts is empty", () -> ConditionalEntropy.of(new long[0][]));
        assertMessage("counts is empty", () -> ConditionalEntropy.of(new long[][] {{}}));
        assertMessage("counts[1] = null must be a row", () -> ConditionalEntropy.of(new long[][] {{1}, null}));
        assertMessage(
                "counts[1].length = 1 must equal counts[0].length = 2",
                () -> ConditionalEntropy.of(new long[][] {{1, 2}, {3}}));
        assertMessage("counts[0][1] = -3 must be >= 0", () -> ConditionalEntropy.of(new long[][] {{5, -3}}));
        assertMessage("counts sum to 0", () -> ConditionalEntropy.of(new long[][] {{0, 0}, {0, 0}}));
        Executable overflow = () -> ConditionalEntropy.of(new long[][] {{Long.MAX_VALUE, 1}});
        assertThrows(ArithmeticException.class, overflow);
    }

    /** Seeded random distributions over 2 to 30 outcomes, some with zero entries. */
    static Stream<double[]> distributions() {
        SplittableRandom random = new SplittableRandom(20250119);
        return Stream.generate(() -> randomDistribution(random, 2 + random.nextInt(29)))
                .limit(20);
    }

    static Stream<Arguments> pairs() {
        SplittableRandom random = new SplittableRandom(7);
        return Stream.generate(() -> {
                    int k = 2 + random.nextInt(29);
                    return Arguments.of(randomDistribution(random, k), randomDistribution(random, k));
                })
                .limit(20);
    }

    private static double[] randomDistribution(SplittableRandom random, int k) {
        double[] p = new double[k];
        double sum = 0;
        for (int i = 0; i < k; i++) {
            p[i] = random.nextInt(5) == 0 ? 0 : random.nextDouble();
            sum += p[i];
        }
        if (sum == 0) {
            p[0] = sum = 1;
        }
        for (int i = 0; i < k; i++) {
            p[i] /= sum;
        }
        return p;
    }
}
