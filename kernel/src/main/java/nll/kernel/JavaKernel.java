package nll.kernel;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nll.kernel.display.PngImages;
import nll.kernel.display.ValueRenderer;
import nll.kernel.eval.CellEvaluator;
import nll.kernel.eval.CellException;
import nll.kernel.magic.CellParts;
import nll.kernel.magic.ClasspathMagic;
import nll.kernel.protocol.NoHistory;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import nll.kernel.magic.LoadMagic;
import nll.kernel.magic.MagicCatalog;
import nll.kernel.magic.MavenMagic;
import nll.kernel.maven.ResolverConfiguration;
import nll.kernel.maven.ResolverLoader;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.magic.UndefinedMagicException;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;

/**
 * The Java kernel: jjava-jupyter's {@link BaseKernel} handles the Jupyter protocol, a {@link CellEvaluator} runs
 * the cells with JShell in this JVM, and {@link ValueRenderer} turns values into outputs.
 * <p>
 * JShell starts on a background thread as soon as the kernel is created, so its start overlaps the JVM's and
 * the protocol's; the first cell waits for it if it has not finished.
 */
public final class JavaKernel extends BaseKernel {

    private static final int MAX_LOAD_DEPTH = 16;
    private static final Pattern MAGIC_NAME_AT_CURSOR = Pattern.compile("^\\s*%(\\w*)$");

    private final CompletableFuture<CellEvaluator> evaluator;
    private final Path workingDirectory;
    private final AtomicInteger displayCount = new AtomicInteger();
    private final MagicCatalog magicCatalog;
    private int loadDepth;
    private volatile boolean evaluating;

    private JavaKernel(Path workingDirectory, CompletableFuture<CellEvaluator> evaluator, MagicsRegistry magics,
            MagicCatalog magicCatalog) {
        super(KernelIdentity.IMPLEMENTATION,
                KernelIdentity.version(),
                new LanguageInfo.Builder("java")
                        // The feature version only: Jupyter saves language_info into every notebook it runs, and
                        // a JDK build string would change committed notebooks from one machine to the next.
                        .version(String.valueOf(Runtime.version().feature()))
                        .mimetype("text/x-java")
                        .fileExtension(".jshell")
                        .pygments("java")
                        .codemirror("text/x-java")
                        .build(),
                List.of(),
                null,
                new JupyterIO(StandardCharsets.UTF_8),
                new CommManager(),
                new ValueRenderer(),
                null,
                magics,
                true,
                new StringStyler.Builder().build());
        this.workingDirectory = workingDirectory;
        this.evaluator = evaluator;
        this.magicCatalog = magicCatalog;
        PngImages.registerOn(renderer);
    }

    /**
     * Creates the kernel and starts JShell in the background. Relative paths in {@code %jars} and
     * {@code %classpath} are resolved against {@code workingDirectory}.
     */
    public static JavaKernel create(Path workingDirectory) {
        CompletableFuture<CellEvaluator> evaluator = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                evaluator.complete(CellEvaluator.start());
            } catch (RuntimeException | Error e) {
                evaluator.completeExceptionally(e);
            }
        }, "jshell-start");
        starter.setDaemon(true);
        starter.start();

        MagicCatalog catalog = new MagicCatalog();
        MagicsRegistry magics = registerMagics(catalog);
        return new JavaKernel(workingDirectory.toAbsolutePath().normalize(), evaluator, magics, catalog);
    }

    private static MagicsRegistry registerMagics(MagicCatalog catalog) {
        MagicsRegistry magics = new MagicsRegistry();
        catalog.add("jars", "%jars PATH...", "add jar files (globs allowed) to the class path");
        catalog.add("classpath", "%classpath PATH...", "add jar files or class directories to the class path");
        for (ClasspathMagic magic : List.of(ClasspathMagic.jars(), ClasspathMagic.classpath())) {
            magics.registerLineMagic(magic.name(), (JavaKernel kernel, List<String> args) -> {
                magic.run(args, kernel.workingDirectory, kernel::addToClasspath);
                kernel.installExtensions(kernel.evaluator().classLoader());
                return null;
            });
        }
        catalog.add("maven", "%maven GROUP:ARTIFACT:VERSION...",
                "add Maven artifacts and their dependencies (local repository, then Maven Central)");
        MavenMagic maven = new MavenMagic(() -> ResolverLoader.load(ResolverConfiguration.ofSystem()));
        // IJava's names for the same magic.
        for (String name : List.of("maven", "addMavenDependency", "addMavenDependencies")) {
            magics.registerLineMagic(name, (JavaKernel kernel, List<String> args) -> {
                maven.resolve(args).forEach(kernel::addToClasspath);
                kernel.installExtensions(kernel.evaluator().classLoader());
                return null;
            });
        }
        catalog.add("load", "%load PATH", "run a .jshell/.jsh/.java file, or the code cells of a notebook (.ipynb)");
        magics.registerLineMagic("load", (JavaKernel kernel, List<String> args) -> {
            if (kernel.loadDepth >= MAX_LOAD_DEPTH) {
                throw new IllegalArgumentException("%load " + String.join(" ", args) + ": files load each other more than "
                        + MAX_LOAD_DEPTH + " deep (does a file load itself?)");
            }
            kernel.loadDepth++;
            try {
                Object value = null;
                for (LoadMagic.Source source : LoadMagic.sources(args, kernel.workingDirectory)) {
                    value = kernel.runParts(source.code(), source.name());
                }
                return value;
            } finally {
                kernel.loadDepth--;
            }
        });
        catalog.add("lsmagic", "%lsmagic", "list these magics");
        magics.registerLineMagic("lsmagic", (JavaKernel kernel, List<String> args) -> kernel.magicCatalog.listing());
        return magics;
    }

    private CellEvaluator evaluator() {
        try {
            return evaluator.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("JShell failed to start: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Adds a jar or class directory for the compiler and the cells' class loader. */
    void addToClasspath(Path location) {
        evaluator().addToClasspath(location);
    }

    /** Shows display data now, under a display id that later {@code updateDisplay} calls can refer to. */
    String show(DisplayData data) {
        String id = data.getDisplayId();
        if (id == null) {
            // Numbered, not random, so that a notebook's outputs are the same on every run.
            id = "display-" + displayCount.incrementAndGet();
            data.setDisplayId(id);
        }
        display(data);
        return id;
    }

    @Override
    public DisplayData eval(String code) {
        try {
            return super.eval(code);
        } catch (CellException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            // Errors (a StackOverflowError in a toString(), say) must not reach jjava's shell loop and end it.
            throw new RenderingException(e);
        }
    }

    @Override
    public Object evalRaw(String code) {
        if (evaluating) {
            throw new IllegalStateException("a cell cannot evaluate code while it is itself being evaluated");
        }
        CellEvaluator cells = evaluator();
        evaluating = true;
        cells.startCell();
        try {
            return runParts(code, "cell " + (executionCount.get() - 1));
        } finally {
            evaluating = false;
            System.out.flush();
            System.err.flush();
        }
    }

    /** Runs the code and magics of a cell, or of a file that %load runs; {@code place} names it in errors. */
    private Object runParts(String code, String place) {
        Object value = null;
        for (CellParts.Part part : CellParts.split(code)) {
            value = runPart(part, place);
        }
        return value;
    }

    private Object runPart(CellParts.Part part, String place) {
        if (part instanceof CellParts.Code) {
            CellParts.Code code = (CellParts.Code) part;
            return evaluator().eval(code.source(), place, code.firstLine());
        }
        String magicName = part instanceof CellParts.LineMagic
                ? "%" + ((CellParts.LineMagic) part).name()
                : "%%" + ((CellParts.CellMagic) part).name();
        try {
            if (part instanceof CellParts.LineMagic) {
                CellParts.LineMagic magic = (CellParts.LineMagic) part;
                return magicsRegistry.evalLineMagic(this, magic.name(), magic.args());
            }
            CellParts.CellMagic magic = (CellParts.CellMagic) part;
            return magicsRegistry.evalCellMagic(this, magic.name(), magic.args(), magic.body());
        } catch (UndefinedMagicException e) {
            throw new MagicException("unknown magic " + magicName + " (" + place + ", line " + part.firstLine() + "); known line magics: "
                    + magicCatalog.entries().stream().map(m -> "%" + m.name()).collect(Collectors.joining(", ")));
        } catch (CellException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new MagicException(e.getMessage() == null ? magicName + " failed: " + e : e.getMessage());
        }
    }

    @Override
    public List<String> formatError(Throwable e) {
        if (e instanceof CellException) {
            return TracebackStyle.ansi(((CellException) e).traceback());
        }
        List<String> lines = new ArrayList<>();
        lines.add(e.toString());
        for (StackTraceElement frame : e.getStackTrace()) {
            lines.add("\tat " + frame);
        }
        return lines;
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        List<String> documentation = evaluator().documentation(CellParts.blankMagicLines(code), at, extraDetail);
        return documentation.isEmpty() ? null : new DisplayData(String.join("\n\n", documentation));
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        String lineBeforeCursor = code.substring(code.lastIndexOf('\n', at - 1) + 1, at);
        Matcher magic = MAGIC_NAME_AT_CURSOR.matcher(lineBeforeCursor);
        if (magic.matches()) {
            String prefix = magic.group(1);
            List<String> names = magicsRegistry.getLineMagicNames().stream()
                    .filter(n -> n.startsWith(prefix)).sorted().collect(Collectors.toList());
            return new ReplacementOptions(names, at - prefix.length(), at);
        }
        return evaluator().complete(CellParts.blankMagicLines(code), at);
    }

    @Override
    public String isComplete(String code) {
        if (code.stripLeading().startsWith("%%")) {
            return IS_COMPLETE_YES;
        }
        return evaluator().isComplete(CellParts.blankMagicLines(code));
    }

    /**
     * Only {@code System.in} is swapped per request: {@code System.out} and {@code System.err} are the connection's
     * {@code CellStreams} for the kernel's whole life (see {@code Main}), so that threads a cell starts print into
     * the notebook too, also after the cell has finished.
     */
    @Override
    protected void replaceOutputStreams(ShellReplyEnvironment env) {
        InputStream previous = System.in;
        System.setIn(io.in);
        env.defer(() -> System.setIn(previous));
    }

    /** The kernel keeps no history, and says so: a history request gets an empty one, not silence. */
    @Override
    public HistoryManager getHistoryManager() {
        return NoHistory.INSTANCE;
    }

    @Override
    public void interrupt() {
        if (evaluator.isDone() && !evaluator.isCompletedExceptionally()) {
            evaluator.join().interrupt();
        }
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        interrupt();
        super.onShutdown(isRestarting);
        if (evaluator.isDone() && !evaluator.isCompletedExceptionally()) {
            evaluator.join().close();
        }
    }
}
