/**
 * {@code %maven}'s resolution of artifacts: the settings it honours and the loader that starts Apache Maven
 * Resolver, whose jars travel inside the kernel jar, in a class loader of its own on first use.
 */
package nll.kernel.maven;
