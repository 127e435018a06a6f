/**
 * Maximum likelihood estimation: the closed forms for the normal and the Bernoulli, and gradient
 * methods that reach the same estimates numerically while recording their whole path.
 */
package nll.mle;
