/**
 * How a cell's value is shown: text/plain that is the same on every run, images as PNG, and {@link
 * nll.kernel.display.RenderingException} when a value cannot be shown.
 */
package nll.kernel.display;
