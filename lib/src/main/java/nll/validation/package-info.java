/**
 * Argument checks shared by every package of the library: each failed check throws an
 * {@link java.lang.IllegalArgumentException} whose message names the argument and its value,
 * e.g. {@code "sigma = -1.0 must be > 0"}, so that bad input never turns into a silent NaN.
 */
package nll.validation;
