package nll.logspace;

import static nll.validation.Rejection.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Expected values come from PyTorch 1.13 on the same logits, run as
 * {@code /usr/bin/python3 -c "import torch; x=torch.tensor([...]); print(torch.softmax(x,0).tolist())"}
 * (float32 tensors for the float overloads, {@code x.double()} for the double ones).
 */
class LogSpaceTest {

    private static final double[] LOGITS = {2.5, -1.25, 0.0, 3.75, 1.0};
    private static final float[] LOGITS_F = {2.5f, -1.25f, 0.0f, 3.75f, 1.0f};
    private static final double[] LARGE = {1000, 1001, 1002};
    private static final float[] LARGE_F = {1000f, 1001f, 1002f};

    @Test
    void logSumExpMatchesTorchInDouble() {
        // torch.logsumexp(torch.tensor([2.5,-1.25,0.0,3.75,1.0]).double(), 0)
        assertEquals(4.072582179823181, LogSumExp.of(LOGITS), 2e-15);
        // torch.logsumexp(torch.tensor([1000.,1001.,1002.]).double(), 0)
        assertEquals(1002.4076059644444, LogSumExp.of(LARGE), 1e-12);
    }

    @Test
    void logSumExpMatchesTorchInFloat() {
        // torch.logsumexp(torch.tensor([2.5,-1.25,0.0,3.75,1.0]), 0) in float32
        assertEquals(4.0725822f, LogSumExp.of(LOGITS_F), Math.ulp(4.07f));
        // torch.logsumexp(torch.tensor([1000.,1001.,1002.]), 0) in float32
        assertEquals(1002.4076f, LogSumExp.of(LARGE_F), Math.ulp(1002f));
    }

    @Test
    void softmaxOfLargeLogitsDoesNotOverflow() {
        // Naively exp(1000) is infinite in both precisions (torch.tensor(1000.).exp() = inf) ...
        assertEquals(Double.POSITIVE_INFINITY, Math.exp(1000));
        assertEquals(Float.POSITIVE_INFINITY, (float) Math.exp(1000f));
        // ... while torch.softmax(torch.tensor([1000.,1001.,1002.]).double(), 0) is finite:
        assertArrayEquals(
                new double[] {0.09003057317038045, 0.2447284710547976, 0.6652409557748218}, Softmax.of(LARGE), 1e-15);
        // torch.softmax(torch.tensor([1000.,1001.,1002.]), 0) in float32
        assertArrayEquals(new float[] {0.09003057f, 0.24472848f, 0.66524094f}, Softmax.of(LARGE_F), 1.5e-7f);
    }

    @Test
    void softmaxMatchesTorch() {
        // torch.softmax(torch.tensor([2.5,-1.25,0.0,3.75,1.0]).double(), 0)
        assertArrayEquals(
                new double[] {
                    0.20750866527472958,
                    0.0048801360528507535,
                    0.017033348503523255,
                    0.724276408453959,
                    0.04630144171493733
                },
                Softmax.of(LOGITS),
                1e-16);
        // the same in float32
        assertArrayEquals(
                new float[] {0.20750865f, 0.004880136f, 0.017033348f, 0.72427636f, 0.046301436f},
                Softmax.of(LOGITS_F),
                1e-7f);
    }

    @Test
    void logSoftmaxMatchesTorch() {
        // torch.log_softmax(torch.tensor([2.5,-1.25,0.0,3.75,1.0]).double(), 0)
        assertArrayEquals(
                new double[] {
                    -1.572582179823181, -5.322582179823181, -4.072582179823181, -0.32258217982318094, -3.072582179823181
                },
                LogSoftmax.of(LOGITS),
                2e-15);
        // the same in float32
        assertArrayEquals(
                new float[] {-1.5725822f, -5.3225822f, -4.0725822f, -0.32258224f, -3.0725822f},
                LogSoftmax.of(LOGITS_F),
                5e-7f);
        // torch.log_softmax(torch.tensor([1000.,1001.,1002.]), 0) in float32 and in float64
        assertArrayEquals(new float[] {-2.407606f, -1.4076059f, -0.40760595f}, LogSoftmax.of(LARGE_F), 0f);
        assertArrayEquals(
                new double[] {-2.4076059644443806, -1.4076059644443804, -0.4076059644443804},
                LogSoftmax.of(LARGE),
                1e-15);
    }

    @Test
    void logSoftmaxStaysFiniteWhereLogOfSoftmaxUnderflows() {
        // torch.log_softmax(torch.tensor([0.,200.]),0)[0] = -200.0, torch.log(torch.softmax(...))[0] = -inf
        float[] logits = {0f, 200f};
        assertEquals(-200f, LogSoftmax.of(logits)[0]);
        assertEquals(Float.NEGATIVE_INFINITY, (float) Math.log(Softmax.of(logits)[0]));
        assertEquals(200f, CrossEntropyFromLogits.of(logits, 0));
    }

    @Test
    void crossEntropyMatchesTorch() {
        // torch.nn.functional.cross_entropy(torch.tensor([[1000.,1001.,1002.]]), torch.tensor([0]))
        assertEquals(2.407606f, CrossEntropyFromLogits.of(LARGE_F, 0), 0f);
        // the same with .double()
        assertEquals(2.4076059644443806, CrossEntropyFromLogits.of(LARGE, 0), 1e-15);
        // F.cross_entropy(torch.tensor([[2.5,-1.25,0.0],[3.75,1.0,-0.5]], dtype=torch.float64),
        //                 torch.tensor([2,0]))  (mean over the batch)
        double[][] batch = {{2.5, -1.25, 0.0}, {3.75, 1.0, -0.5}};
        assertEquals(1.337838154412259, CrossEntropyFromLogits.mean(batch, new int[] {2, 0}), 1e-15);
    }

    @Test
    void crossEntropyIsMinusLogOfSoftmax() {
        // definition: CE(x, t) = -log softmax(x)_t, checked for every target
        double[] p = Softmax.of(LOGITS);
        for (int t = 0; t < LOGITS.length; t++) {
            assertEquals(-Math.log(p[t]), CrossEntropyFromLogits.of(LOGITS, t), 1e-14);
        }
    }

    @Test
    void compensatedSumRecoversWhatAPlainLoopLoses() {
        double plain = 0;
        CompensatedSum compensated = new CompensatedSum();
        for (int i = 0; i < 10_000_000; i++) {
            plain += 0.1;
            compensated.add(0.1);
        }
        // python: s=0.0; for i in range(10_000_000): s+=0.1  -> 999999.9998389754
        assertEquals(999999.9998389754, plain, 0);
        // python: math.fsum([0.1]*10_000_000) -> 1000000.0 (correctly rounded sum)
        assertEquals(1000000.0, compensated.value(), 0);
        assertEquals(10_000_000, compensated.count());
    }

    @Test
    void compensatedSumHandlesCancellation() {
        // exact: 1 + 1e100 + 1 - 1e100 = 2 (math.fsum([1.0, 1e100, 1.0, -1e100]) = 2.0)
        assertEquals(2.0, CompensatedSum.of(1.0, 1e100, 1.0, -1e100), 0);
        assertEquals(0.0, CompensatedSum.of(), 0);
        // a zero probability makes a log-likelihood -infinity, which is a valid answer
        assertEquals(Double.NEGATIVE_INFINITY, CompensatedSum.of(-1.5, Double.NEGATIVE_INFINITY, -2.0));
    }

    @Test
    void badInputIsRejectedWithTheArgumentAndItsValue() {
        assertMessage("logits is empty", () -> LogSumExp.of(new double[0]));
        assertMessage("logits is empty", () -> Softmax.of(new float[0]));
        assertMessage("logits[1] = NaN must be finite", () -> LogSumExp.of(1.0, Double.NaN));
        assertMessage("logits[0] = Infinity must be finite", () -> Softmax.of(Double.POSITIVE_INFINITY, 1.0));
        assertMessage("logits[2] = -Infinity must be finite", () -> LogSoftmax.of(1f, 2f, Float.NEGATIVE_INFINITY));
        assertMessage("target = 3 must be in [0, 2]", () -> CrossEntropyFromLogits.of(LARGE, 3));
        assertMessage("target = -1 must be in [0, 2]", () -> CrossEntropyFromLogits.of(LARGE_F, -1));
        assertMessage(
                "logits.length = 2 must equal targets.length = 1",
                () -> CrossEntropyFromLogits.mean(new double[2][3], new int[1]));
        assertMessage("logits.length = 0 must be > 0", () -> CrossEntropyFromLogits.mean(new double[0][], new int[0]));
        assertMessage(
                "targets[1] = 5 must be in [0, 2]",
                () -> CrossEntropyFromLogits.mean(new double[2][3], new int[] {0, 5}));
        assertMessage("value = NaN (term 1) cannot be summed", () -> CompensatedSum.of(1.0, Double.NaN));
        assertMessage(
                "value = -Infinity (term 1) added to a sum of Infinity is undefined",
                () -> CompensatedSum.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
    }
}
