package nll.kernel.magic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nll.kernel.maven.ArtifactResolver;
import nll.kernel.traceback.CellException;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.magic.UndefinedMagicException;

/**
 * The kernel's line magics, each declared once with the names it answers to, how it is written, what it does (as
 * {@code %lsmagic} lists it) and the code that does it; and the running of a cell's magic lines, where a failure
 * becomes a {@link MagicException}. Extensions may register further magics in jjava's {@link MagicsRegistry}.
 */
public final class Magics {

    private static final int MAX_LOAD_DEPTH = 16;

    /** The code a magic runs; {@code session} is the kernel's. */
    @FunctionalInterface
    interface Action {
        Object run(MagicSession session, List<String> args) throws Exception;
    }

    /** One magic: the names it answers to (the first is its own), its usage and one line on what it does. */
    record Declared(List<String> names, String usage, String summary, Action action) {}

    private final MagicsRegistry registry;
    private final List<Declared> declared = new ArrayList<>();
    private int loadDepth;

    /** Declares the kernel's magics into {@code registry}; {@code resolver} makes %maven's resolver on first use. */
    public Magics(MagicsRegistry registry, Supplier<ArtifactResolver> resolver) {
        this.registry = registry;
        ClasspathMagic jars = ClasspathMagic.jars();
        declare(
                List.of("jars"),
                "%jars PATH...",
                "add jar files (globs allowed) to the class path",
                (session, args) -> addAll(session, jars.resolve(args, session.workingDirectory())));
        ClasspathMagic classpath = ClasspathMagic.classpath();
        declare(
                List.of("classpath"),
                "%classpath PATH...",
                "add jar files or class directories to the class path",
                (session, args) -> addAll(session, classpath.resolve(args, session.workingDirectory())));
        MavenMagic maven = new MavenMagic(resolver);
        // IJava's names for the same magic too.
        declare(
                List.of("maven", "addMavenDependency", "addMavenDependencies"),
                "%maven GROUP:ARTIFACT:VERSION...",
                "add Maven artifacts and their dependencies (local repository, then Maven Central)",
                (session, args) -> addAll(session, maven.resolve(args)));
        declare(
                List.of("load"),
                "%load PATH",
                "run a .jshell/.jsh/.java file, or the code cells of a notebook (.ipynb)",
                this::load);
        declare(List.of("vars"), "%vars", "list the variables now defined, with type and value", (session, args) -> {
            if (!args.isEmpty()) {
                throw new IllegalArgumentException("%vars takes no arguments; got " + String.join(" ", args));
            }
            return VariableTable.of(session.variables());
        });
        declare(List.of("lsmagic"), "%lsmagic", "list these magics", (session, args) -> listing());
    }

    private void declare(List<String> names, String usage, String summary, Action action) {
        Declared magic = new Declared(names, usage, summary, action);
        for (String name : names) {
            if (registry.getLineMagicNames().contains(name)) {
                throw new IllegalArgumentException("magic '" + name + "' is declared twice");
            }
            registry.registerLineMagic(name, (LineMagic<Object, BaseKernel>)
                    (kernel, args) -> magic.action().run((MagicSession) kernel, args));
        }
        declared.add(magic);
    }

    private static Object addAll(MagicSession session, List<Path> paths) {
        session.addToClasspath(paths);
        return null;
    }

    private Object load(MagicSession session, List<String> args) {
        if (loadDepth >= MAX_LOAD_DEPTH) {
            throw new IllegalArgumentException("%load " + String.join(" ", args) + ": files load each other more than "
                    + MAX_LOAD_DEPTH + " deep (does a file load itself?)");
        }
        loadDepth++;
        try {
            Object value = null;
            for (LoadMagic.Source source : LoadMagic.sources(args, session.workingDirectory())) {
                value = session.run(source.code(), source.name());
            }
            return value;
        } finally {
            loadDepth--;
        }
    }

    /** One line a magic, in the order declared, the usage padded to one column. */
    public String listing() {
        int width = declared.stream().mapToInt(m -> m.usage().length()).max().orElse(0);
        return declared.stream()
                .map(m -> m.usage() + " ".repeat(width - m.usage().length()) + "  " + m.summary())
                .collect(Collectors.joining("\n"));
    }

    /**
     * Runs a magic line or cell magic of code at {@code place} ("cell 3", "helpers.jshell").
     *
     * @throws MagicException if the magic is unknown or fails; a cell's own failure inside it (from %load) as it is
     */
    public <K extends BaseKernel & MagicSession> Object run(K kernel, CellParts.Part part, String place) {
        String written = part instanceof CellParts.LineMagic line
                ? "%" + line.name()
                : "%%" + ((CellParts.CellMagic) part).name();
        try {
            if (part instanceof CellParts.LineMagic line) {
                return registry.evalLineMagic(kernel, line.name(), line.args());
            }
            CellParts.CellMagic cell = (CellParts.CellMagic) part;
            return registry.evalCellMagic(kernel, cell.name(), cell.args(), cell.body());
        } catch (UndefinedMagicException e) {
            throw MagicException.unknown(
                    written,
                    place,
                    part.firstLine(),
                    declared.stream().map(m -> "%" + m.names().get(0)).toList());
        } catch (CellException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw MagicException.failed(written, e);
        }
    }
}
