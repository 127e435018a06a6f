package nll.notebooks.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nll.process.Command;
import nll.process.CommandResult;
import nll.process.Programs;

/**
 * The {@code jupyter} command, run with this project's kernel directory and with its own
 * configuration and runtime directories so a user's Jupyter settings cannot change a run.
 */
public final class Jupyter {
    private final String executable;
    private final Path kernelDataDir;
    private final Path workDir;

    private Jupyter(String executable, Path kernelDataDir, Path workDir) {
        this.executable = executable;
        this.kernelDataDir = kernelDataDir;
        this.workDir = workDir;
    }

    /**
     * Finds Jupyter with nbconvert, failing with the install commands if it is missing.
     *
     * @param kernelDataDir the Jupyter data directory holding {@code kernels/java}
     * @param workDir       where Jupyter's configuration and runtime files go
     */
    public static Jupyter locate(Path kernelDataDir, Path workDir) {
        return locate(kernelDataDir, workDir, Programs.jupyterCommand(System.getenv()));
    }

    /** As {@link #locate(Path, Path)}, with the {@code jupyter} executable to run. */
    public static Jupyter locate(Path kernelDataDir, Path workDir, String executable) {
        Jupyter jupyter = new Jupyter(executable, kernelDataDir.toAbsolutePath(), workDir.toAbsolutePath());
        CommandResult version;
        try {
            version = jupyter.run(List.of("nbconvert", "--version"), 60);
        } catch (UncheckedIOException e) {
            throw new IllegalStateException(
                    "Jupyter was not found (`" + executable + "` could not be run).\n" + Programs.INSTALL_JUPYTER, e);
        }
        if (version.exitCode() != 0) {
            throw new IllegalStateException("Jupyter's nbconvert is missing (`" + executable
                    + " nbconvert --version` exited with " + version.exitCode() + ": "
                    + version.stderr().strip() + ").\n" + Programs.INSTALL_JUPYTER);
        }
        if (!Files.isRegularFile(jupyter.kernelDataDir.resolve("kernels/java/kernel.json"))) {
            throw new IllegalStateException("the project's kernel is not installed in " + jupyter.kernelDataDir
                    + " (no kernels/java/kernel.json): build with `mvn package` and install it with"
                    + " `java -jar kernel/target/nll-notebooks-kernel.jar install`");
        }
        return jupyter;
    }

    /** Runs {@code jupyter ARGS...}; past {@code timeoutSeconds} it is killed with its descendants. */
    public CommandResult run(List<String> arguments, long timeoutSeconds) {
        return run(arguments, Path.of(""), null, timeoutSeconds);
    }

    /**
     * Runs {@code jupyter ARGS...} in {@code directory} with {@code input} (or nothing, if null) on its standard
     * input; past {@code timeoutSeconds} it is killed with its descendants.
     */
    public CommandResult run(List<String> arguments, Path directory, String input, long timeoutSeconds) {
        List<String> command = new ArrayList<>();
        command.add(executable);
        command.addAll(arguments);
        return command(command, directory, input, timeoutSeconds);
    }

    /**
     * C1 only for the kernels of headless runs: their time goes to JShell compiling cells in a cold JVM, where C2's
     * compiler threads only take processor time from it (kernel/README.md, "JIT flags").
     */
    static final Map<String, String> HEADLESS_KERNEL_OPTIONS = Map.of("JDK_JAVA_OPTIONS", "-XX:TieredStopAtLevel=1");

    /** The environment Jupyter runs in: {@code JUPYTER} (this executable) and PATH, as the runner found it. */
    Map<String, String> environment() {
        return Map.of("JUPYTER", executable, "PATH", System.getenv().getOrDefault("PATH", ""));
    }

    /**
     * Runs any command in Jupyter's environment (this project's kernel, a configuration and runtime directory of
     * its own) in {@code directory}, with {@code input} (or nothing, if null) on its standard input; past
     * {@code timeoutSeconds} it is killed with its descendants.
     */
    CommandResult command(List<String> command, Path directory, String input, long timeoutSeconds) {
        Command jupyter = Command.of(command)
                .in(directory.toAbsolutePath())
                .with(Map.of(
                        "JUPYTER_PATH", kernelDataDir.toString(),
                        "JUPYTER_CONFIG_DIR", workDir.resolve("config").toString(),
                        "JUPYTER_RUNTIME_DIR", workDir.resolve("runtime").toString(),
                        "PYDEVD_DISABLE_FILE_VALIDATION", "1"))
                .with(HEADLESS_KERNEL_OPTIONS);
        if (input == null) {
            return jupyter.run(Duration.ofSeconds(timeoutSeconds));
        }
        Path file = null;
        try {
            Files.createDirectories(workDir);
            file = Files.createTempFile(workDir, "jupyter", ".in");
            Files.writeString(file, input, StandardCharsets.UTF_8);
            return jupyter.input(file).run(Duration.ofSeconds(timeoutSeconds));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot write the input of `" + String.join(" ", command) + "` into " + workDir, e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // A file left in the work directory under target/ harms no later run.
                }
            }
        }
    }
}
