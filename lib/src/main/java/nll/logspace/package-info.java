/**
 * Arithmetic in log space: log-sum-exp, softmax, log-softmax and the cross entropy of a target
 * class given logits, each in {@code double} and in {@code float} (float32 is what PyTorch
 * computes with by default), plus compensated summation for long sums of logarithms.
 *
 * <p>Every exponential is taken of {@code x - max(x)}, which is at most 0, so it cannot overflow
 * however large the logits are: softmax of {1000, 1001, 1002} is well defined here although
 * {@code exp(1000)} is infinite in both precisions.
 */
package nll.logspace;
