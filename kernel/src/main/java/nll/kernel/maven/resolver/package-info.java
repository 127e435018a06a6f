/**
 * The code that calls Apache Maven Resolver; it is loaded only by the resolver's own class loader (see {@link
 * nll.kernel.maven.ResolverLoader}), never by the kernel's.
 */
package nll.kernel.maven.resolver;
