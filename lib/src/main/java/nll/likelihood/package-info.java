/**
 * The likelihood of fixed data as a function of a model's parameters: per-point likelihoods,
 * their product, the log-likelihood, the negative log likelihood and its average.
 */
package nll.likelihood;
