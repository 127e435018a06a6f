/**
 * The Java kernel for Jupyter: {@link nll.kernel.Main} starts it or installs its kernelspec, {@link
 * nll.kernel.JavaKernel} answers the protocol's requests with JShell, and {@link nll.kernel.Display} and {@link
 * nll.kernel.Printing} are the functions a cell can call without qualification.
 */
package nll.kernel;
