/**
 * Probability distributions with fixed parameters: {@link nll.distribution.Normal} for the
 * continuous examples and {@link nll.distribution.Bernoulli} for the coin.
 */
package nll.distribution;
