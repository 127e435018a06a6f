/**
 * Magic lines ({@code %jars}, {@code %maven}, {@code %load}, ...): where in a cell a magic can be ({@link
 * nll.kernel.magic.CellParts}), each magic declared with its help and behaviour ({@link nll.kernel.magic.Magics}),
 * and {@link nll.kernel.magic.MagicException} when one fails.
 */
package nll.kernel.magic;
