/**
 * Installing the kernel's kernelspec into a Jupyter data directory, with a copy of the kernel jar and a class-data
 * sharing archive recorded from typical cells.
 */
package nll.kernel.install;
