package nll.notebooks.runner;

import java.io.UncheckedIOException;
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
            throw new IllegalStateException("Jupyter was not found (`" + executable + "` could not be run).\n"
                    + Programs.INSTALL_JUPYTER, e);
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
        List<String> command = new ArrayList<>();
        command.add(executable);
        command.addAll(arguments);
        return runCommand(command, timeoutSeconds);
    }

    /**
     * Runs a Python script with the interpreter Jupyter itself runs on (so it finds Jupyter's packages, such as
     * nbclient), in the same environment as {@link #run}.
     */
    public CommandResult runPython(Path script, List<String> arguments, long timeoutSeconds) {
        List<String> command = new ArrayList<>(Programs.jupyterPython(Map.of("JUPYTER", executable,
                "PATH", System.getenv().getOrDefault("PATH", ""))));
        command.add(script.toAbsolutePath().toString());
        command.addAll(arguments);
        return runCommand(command, timeoutSeconds);
    }

    private CommandResult runCommand(List<String> command, long timeoutSeconds) {
        return Command.of(command).with(Map.of(
                "JUPYTER_PATH", kernelDataDir.toString(),
                "JUPYTER_CONFIG_DIR", workDir.resolve("config").toString(),
                "JUPYTER_RUNTIME_DIR", workDir.resolve("runtime").toString(),
                "PYDEVD_DISABLE_FILE_VALIDATION", "1",
                "JDK_JAVA_OPTIONS", "-XX:TieredStopAtLevel=1")) // C1 only: faster suite (kernel/README.md)
                .run(Duration.ofSeconds(timeoutSeconds));
    }
}
