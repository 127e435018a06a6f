package nll.kernel.magic;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import nll.kernel.maven.ArtifactResolver;

/**
 * {@code %maven GROUP:ARTIFACT:VERSION...}: resolves the artifacts and their transitive runtime dependencies
 * and hands their jars to the class path. The resolver is made on the first use, not before, so a kernel that never
 * runs {@code %maven} never loads it.
 */
public final class MavenMagic {

    private final Supplier<ArtifactResolver> makeResolver;
    private ArtifactResolver resolver;

    public MavenMagic(Supplier<ArtifactResolver> makeResolver) {
        this.makeResolver = makeResolver;
    }

    /**
     * The jars of the coordinates in {@code args} and their dependencies.
     *
     * @throws IllegalArgumentException if there are no coordinates, or they cannot be resolved
     */
    public synchronized List<Path> resolve(List<String> args) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("%maven needs at least one GROUP:ARTIFACT:VERSION, for example "
                    + "%maven org.apache.commons:commons-math3:3.6.1");
        }
        if (resolver == null) {
            resolver = makeResolver.get();
        }
        return resolver.resolve(args);
    }
}
