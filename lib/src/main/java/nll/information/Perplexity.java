package nll.information;

/**
 * Two readings of an average NLL {@code H} in nats per token: the perplexity {@code e^H}, the number of equally likely
 * choices that would leave a model as uncertain as it is on average, and {@code H / ln 2}, the same loss in bits per
 * token. A model that picks uniformly among {@code k} tokens has NLL {@code ln k}, perplexity {@code k} and
 * {@code log2 k} bits.
 */
public final class Perplexity {

    private Perplexity() {}

    /**
     * {@code e^nll}.
     *
     * @param nll an average NLL in nats, at least 0; {@code +Infinity} (a token given probability 0) gives
     *     {@code +Infinity}
     * @return the perplexity, at least 1
     * @throws IllegalArgumentException if {@code nll} is negative or NaN
     */
    public static double ofNll(double nll) {
        return Math.exp(check(nll));
    }

    /**
     * {@code nll / ln 2}.
     *
     * @param nll an average NLL in nats, at least 0, or {@code +Infinity}
     * @return bits per token
     * @throws IllegalArgumentException if {@code nll} is negative or NaN
     */
    public static double bitsPerToken(double nll) {
        return check(nll) / Math.log(2);
    }

    private static double check(double nll) {
        if (!(nll >= 0)) {
            throw new IllegalArgumentException("nll = " + nll + " must be an average NLL in nats, >= 0");
        }
        return nll;
    }
}
