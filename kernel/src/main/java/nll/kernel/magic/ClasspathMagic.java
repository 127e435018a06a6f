package nll.kernel.magic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The line magics {@code %jars PATH...} and {@code %classpath PATH...}: each argument is a path or glob, relative to
 * the kernel's working directory (Jupyter starts the kernel in the notebook's directory). {@code %jars} adds jar
 * files; {@code %classpath} adds jar files and class directories. An argument that names nothing is an error that
 * names it, and then nothing is added.
 */
public final class ClasspathMagic {

    private final String name;
    private final Predicate<Path> accepts;
    private final String accepted;

    private ClasspathMagic(String name, Predicate<Path> accepts, String accepted) {
        this.name = name;
        this.accepts = accepts;
        this.accepted = accepted;
    }

    public static ClasspathMagic jars() {
        return new ClasspathMagic("jars", Files::isRegularFile, "file");
    }

    public static ClasspathMagic classpath() {
        return new ClasspathMagic(
                "classpath", p -> Files.isRegularFile(p) || Files.isDirectory(p), "file or directory");
    }

    /**
     * Resolves every argument against {@code workingDirectory}: the paths found, each once.
     *
     * @throws IllegalArgumentException if there are no arguments, or an argument matches no {@link #accepted} item
     */
    public List<Path> resolve(List<String> args, Path workingDirectory) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("%" + name + " needs at least one path, for example %" + name
                    + " ../lib/target/nll-notebooks-lib.jar");
        }
        List<Path> found = new ArrayList<>();
        for (String arg : args) {
            List<Path> matches = new PathPattern(arg)
                    .resolve(workingDirectory).stream().filter(accepts).toList();
            if (matches.isEmpty()) {
                throw new IllegalArgumentException("%" + name + ": no " + accepted + " matches '" + arg
                        + "' (relative to " + workingDirectory + ")");
            }
            found.addAll(matches);
        }
        return found.stream().distinct().toList();
    }
}
