package nll.bigram;

import nll.validation.Require;

/**
 * The SplitMix64 generator (Steele, Lea and Flood 2014; Vigna's {@code splitmix64.c}) as a function: the
 * {@code k}-th output of the stream that starts at {@code seed}, so that any language reproduces the project's
 * seeded draws exactly. All arithmetic is modulo 2^64:
 *
 * <pre>
 *   state = seed + k * 0x9E3779B97F4A7C15
 *   z = (state ^ (state >>> 30)) * 0xBF58476D1CE4E5B9
 *   z = (z ^ (z >>> 27)) * 0x94D049BB133111EB
 *   value(seed, k) = z ^ (z >>> 31)
 * </pre>
 *
 * <p>{@code value(seed, 1), value(seed, 2), ...} are the outputs of {@code splitmix64.c} started with state
 * {@code seed}. {@link NameSplit} shuffles with them and {@link PairedBootstrap} draws its resamples with them.
 */
public final class SplitMix64 {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private SplitMix64() {}

    /** The {@code k}-th output (counting from 1) of the stream seeded with {@code seed}, as 64 unsigned bits. */
    public static long value(long seed, long k) {
        long z = seed + k * GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * The {@code k}-th output reduced to {@code 0 .. bound - 1}: its unsigned remainder by {@code bound}, which favours
     * small values by less than {@code bound / 2^64}.
     *
     * @throws IllegalArgumentException if {@code bound < 1}
     */
    public static int index(long seed, long k, int bound) {
        Require.positive("bound", bound);
        return (int) Long.remainderUnsigned(value(seed, k), bound);
    }
}
