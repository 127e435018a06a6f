package nll.notebooks.runner;

import java.io.BufferedReader;
import java.io.File;
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
            "  elsewhere:     ./run and ./test install it into the project's .venv/ (tools/setup.sh)");

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

    /** Runs {@code jupyter ARGS...}, waiting at most {@code timeoutSeconds}. */
    public Result run(List<String> arguments, long timeoutSeconds) {
        List<String> command = new ArrayList<>();
        command.add(executable);
        command.addAll(arguments);
        return runCommand(command, timeoutSeconds);
    }

    /**
     * Runs a Python script with the interpreter Jupyter itself runs on (so it finds Jupyter's packages, such as
     * nbclient), in the same environment as {@link #run}.
     */
    public Result runPython(Path script, List<String> arguments, long timeoutSeconds) {
        List<String> command = new ArrayList<>();
        command.add(python());
        command.add(script.toAbsolutePath().toString());
        command.addAll(arguments);
        return runCommand(command, timeoutSeconds);
    }

    /** The interpreter on the {@code #!} line of the {@code jupyter} script, or {@code python3} if it has none. */
    String python() {
        Path found = Path.of(executable);
        if (!found.isAbsolute()) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path candidate = Path.of(dir, executable);
                if (Files.isExecutable(candidate)) {
                    found = candidate;
                    break;
                }
            }
        }
        try (BufferedReader reader = Files.newBufferedReader(found, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            if (first != null && first.startsWith("#!")) {
                String[] words = first.substring(2).strip().split("\\s+");
                // "#!/usr/bin/env python3" names the interpreter in its second word.
                return words[0].endsWith("/env") && words.length > 1 ? words[1] : words[0];
            }
        } catch (IOException e) {
            // A binary launcher (no #! line to read): fall back to the python3 on PATH.
        }
        return "python3";
    }

    private Result runCommand(List<String> command, long timeoutSeconds) {
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        environment.put("JUPYTER_PATH", kernelDataDir.toString());
        environment.put("JUPYTER_CONFIG_DIR", workDir.resolve("config").toString());
        environment.put("JUPYTER_RUNTIME_DIR", workDir.resolve("runtime").toString());
        environment.put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        environment.put("JDK_JAVA_OPTIONS", "-XX:TieredStopAtLevel=1"); // C1 only: faster suite (kernel/README.md)
        try {
            Files.createDirectories(workDir);
            Path stdout = Files.createTempFile(workDir, "jupyter", ".out");
            Path stderr = Files.createTempFile(workDir, "jupyter", ".err");
            builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("`" + String.join(" ", command) + "` did not finish within "
                        + timeoutSeconds + " s");
            }
            Result result = new Result(process.exitValue(),
                    Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8));
            Files.delete(stdout);
            Files.delete(stderr);
            return result;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run `" + String.join(" ", command) + "`: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running `" + String.join(" ", command) + "`", e);
        }
    }
}
