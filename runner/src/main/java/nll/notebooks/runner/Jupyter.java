package nll.notebooks.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The {@code jupyter} command, run with this project's kernel directory and with its own
 * configuration and runtime directories so a user's Jupyter settings cannot change a run.
 */
public final class Jupyter {
    /** What a user without Jupyter is told to run. */
    public static final String INSTALL_HINT = String.join("\n",
            "Install Jupyter, then run the command again:",
            "  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y jupyter-notebook jupyter-nbconvert python3-nbclient",
            "  elsewhere:     python3 -m pip install notebook nbconvert nbclient");

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
        return locate(kernelDataDir, workDir, System.getenv().getOrDefault("JUPYTER", "jupyter"));
    }

    /** As {@link #locate(Path, Path)}, with the {@code jupyter} executable to run. */
    public static Jupyter locate(Path kernelDataDir, Path workDir, String executable) {
        Jupyter jupyter = new Jupyter(executable, kernelDataDir.toAbsolutePath(), workDir.toAbsolutePath());
        Result version;
        try {
            version = jupyter.run(List.of("nbconvert", "--version"), 60);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("Jupyter was not found (`" + executable + "` could not be run).\n"
                    + INSTALL_HINT, e);
        }
        if (version.exitCode() != 0) {
            throw new IllegalStateException("Jupyter's nbconvert is missing (`" + executable
                    + " nbconvert --version` exited with " + version.exitCode() + ": "
                    + version.stderr().strip() + ").\n" + INSTALL_HINT);
        }
        if (!Files.isRegularFile(jupyter.kernelDataDir.resolve("kernels/java/kernel.json"))) {
            throw new IllegalStateException("the project's kernel is not installed in " + jupyter.kernelDataDir
                    + " (no kernels/java/kernel.json): build with `mvn package` and install it with"
                    + " `java -jar kernel/target/nll-notebooks-kernel.jar install`");
        }
        return jupyter;
    }

    /** What a finished {@code jupyter} command printed. */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    /** Runs {@code jupyter ARGS...} in the current directory, waiting at most {@code timeoutSeconds}. */
    public Result run(List<String> arguments, long timeoutSeconds) {
        return run(arguments, Path.of(""), null, timeoutSeconds);
    }

    /**
     * Runs {@code jupyter ARGS...} in {@code directory} with {@code input} (or nothing, if null) on its standard input,
     * waiting at most {@code timeoutSeconds}.
     */
    public Result run(List<String> arguments, Path directory, String input, long timeoutSeconds) {
        List<String> command = new ArrayList<>();
        command.add(executable);
        command.addAll(arguments);
        return command(command, directory, input, timeoutSeconds);
    }

    /** The {@code jupyter} command as it was given: a name looked up on PATH, or a path. */
    String executable() {
        return executable;
    }

    /**
     * Runs any command in Jupyter's environment (this project's kernel, a configuration and runtime of its own), in
     * {@code directory}, with {@code input} (or nothing) on its standard input, waiting at most {@code timeoutSeconds};
     * a command still running then is killed with its descendants.
     */
    Result command(List<String> command, Path directory, String input, long timeoutSeconds) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toAbsolutePath().toFile());
        Map<String, String> environment = builder.environment();
        environment.put("JUPYTER_PATH", kernelDataDir.toString());
        environment.put("JUPYTER_CONFIG_DIR", workDir.resolve("config").toString());
        environment.put("JUPYTER_RUNTIME_DIR", workDir.resolve("runtime").toString());
        environment.put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        environment.put("JDK_JAVA_OPTIONS", "-XX:TieredStopAtLevel=1"); // C1 only: faster suite (kernel/README.md)
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(workDir);
            Path stdout = temporary(files, ".out");
            Path stderr = temporary(files, ".err");
            builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            if (input != null) {
                Path stdin = temporary(files, ".in");
                Files.writeString(stdin, input, StandardCharsets.UTF_8);
                builder.redirectInput(stdin.toFile());
            }
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("`" + String.join(" ", command) + "` did not finish within "
                        + timeoutSeconds + " s");
            }
            return new Result(process.exitValue(),
                    Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run `" + String.join(" ", command) + "`: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running `" + String.join(" ", command) + "`", e);
        } finally {
            for (Path file : files) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // A file left in the work directory under target/ is harmless; the result is not.
                }
            }
        }
    }

    private Path temporary(List<Path> files, String suffix) throws IOException {
        Path file = Files.createTempFile(workDir, "jupyter", suffix);
        files.add(file);
        return file;
    }
}
