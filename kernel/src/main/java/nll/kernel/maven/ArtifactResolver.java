package nll.kernel.maven;

import java.nio.file.Path;
import java.util.List;

/**
 * Resolves Maven coordinates with their transitive runtime dependencies to jar files. The kernel sees only this
 * interface; the implementation and Maven Resolver live in a class loader of their own, made on first use.
 */
public interface ArtifactResolver {

    /**
     * The jars of {@code coordinates} ({@code groupId:artifactId[:extension[:classifier]]:version} each) and of
     * everything they need at run time, each jar once, in resolution order.
     *
     * @throws IllegalArgumentException if a coordinate is malformed, or something cannot be resolved; the message
     *                                  names the coordinates and where the resolver looked
     */
    List<Path> resolve(List<String> coordinates);
}
