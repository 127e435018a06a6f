package nll.process;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the programs the project runs, as the notebook runner finds them: {@code jupyter} is the {@code JUPYTER}
 * environment variable if set, else {@code jupyter} on {@code PATH}; the Python that has Jupyter's packages (and, on
 * Debian, NumPy) is the interpreter named on the {@code #!} line of that {@code jupyter} launcher. The first
 * {@code python3} on {@code PATH} may be another interpreter without them, so it is never guessed.
 */
public final class Programs {

    /** What a user without Jupyter is told to run. */
    public static final String INSTALL_JUPYTER = """
            Install Jupyter, then run the command again:
              Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y jupyter-notebook jupyter-nbconvert python3-nbclient
              elsewhere:     ./run and ./test install it into the project's .venv/ (tools/setup.sh)\
            """;

    private Programs() {}

    /**
     * {@code program} found as a shell finds it in {@code environment}'s {@code PATH}: a name with a path separator
     * is taken as it is; otherwise the first executable of that name in a {@code PATH} directory. Empty if none.
     */
    public static Optional<Path> find(String program, Map<String, String> environment) {
        if (program.contains(File.separator)) {
            Path path = Path.of(program);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        for (String dir : environment.getOrDefault("PATH", "").split(File.pathSeparator, -1)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, program);
                if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** As {@link #find(String, Map)} in this process's environment. */
    public static Optional<Path> find(String program) {
        return find(program, System.getenv());
    }

    /** The {@code jupyter} command to run: {@code JUPYTER} if set, else {@code jupyter} (looked up on PATH). */
    public static String jupyterCommand(Map<String, String> environment) {
        String named = environment.get("JUPYTER");
        return named == null || named.isBlank() ? "jupyter" : named;
    }

    /** The {@code jupyter} launcher {@link #jupyterCommand} names, found on PATH; fails with the install commands. */
    public static Path jupyter(Map<String, String> environment) {
        String command = jupyterCommand(environment);
        return find(command, environment)
                .orElseThrow(() -> new IllegalStateException("Jupyter was not found (`"
                        + command + "` is not " + (command.contains(File.separator) ? "executable" : "on PATH") + ").\n"
                        + INSTALL_JUPYTER));
    }

    /** As {@link #jupyter(Map)} in this process's environment. */
    public static Path jupyter() {
        return jupyter(System.getenv());
    }

    /**
     * The command that starts the Python interpreter {@code jupyter} runs on: the words of the launcher's {@code #!}
     * line ({@code /usr/bin/python3}, or {@code /usr/bin/env python3}). Fails, naming the launcher, when it has no
     * such line (a binary launcher), rather than guess an interpreter without Jupyter's packages.
     */
    public static List<String> jupyterPython(Map<String, String> environment) {
        Path launcher = jupyter(environment);
        String first;
        try (BufferedReader reader = Files.newBufferedReader(launcher, StandardCharsets.UTF_8)) {
            first = reader.readLine();
        } catch (IOException e) {
            // A binary launcher is not UTF-8 text: it has no interpreter line to read.
            first = null;
        }
        if (first == null || !first.startsWith("#!") || first.substring(2).isBlank()) {
            throw new IllegalStateException(launcher + " is not a Python script with a #! line, so the Python"
                    + " that runs Jupyter cannot be found from it; set JUPYTER to the jupyter script of that Python");
        }
        return List.of(first.substring(2).strip().split("\\s+"));
    }

    /** As {@link #jupyterPython(Map)} in this process's environment. */
    public static List<String> jupyterPython() {
        return jupyterPython(System.getenv());
    }
}
