package nll.kernel.install;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Which Jupyter data directory the kernelspec goes to, from the install command's options:
 * <ul>
 *   <li>(none): {@code ./.jupyter-local}, found by Jupyter when {@code JUPYTER_PATH} names it;</li>
 *   <li>{@code --data-dir DIR}: that directory;</li>
 *   <li>{@code --user}: the user's Jupyter data directory ({@code JUPYTER_DATA_DIR}, else the platform default);</li>
 *   <li>{@code --sys-prefix}: {@code share/jupyter} under the {@code sys.prefix} of the Python that runs
 *       {@code jupyter} (Binder, virtual environments);</li>
 *   <li>{@code --prefix PREFIX}: {@code PREFIX/share/jupyter}.</li>
 * </ul>
 */
final class InstallLocation {

    private final Path dataDirectory;
    private final String usage;

    private InstallLocation(Path dataDirectory, String usage) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.usage = usage;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    /** How to start Jupyter so that it finds the kernel. */
    String usage() {
        return usage;
    }

    static InstallLocation parse(List<String> args, Path workingDirectory, Map<String, String> environment) {
        if (args.size() > 2 || (args.size() == 2 && !args.get(0).equals("--data-dir") && !args.get(0).equals("--prefix"))) {
            throw new IllegalArgumentException("expected at most one location option, got " + args);
        }
        if (args.isEmpty()) {
            return local(workingDirectory.resolve(".jupyter-local"));
        }
        String option = args.get(0);
        switch (option) {
            case "--data-dir":
                return local(workingDirectory.resolve(value(args, option)));
            case "--prefix": {
                Path prefix = workingDirectory.resolve(value(args, option)).normalize();
                return new InstallLocation(prefix.resolve("share").resolve("jupyter"),
                        "Jupyter installed under " + prefix + " finds it; any other Jupyter finds it with\n  JUPYTER_PATH="
                                + prefix.resolve("share").resolve("jupyter") + " jupyter notebook");
            }
            case "--user":
                return new InstallLocation(userDataDirectory(environment),
                        "Jupyter finds it for this user: start it with\n  jupyter notebook");
            case "--sys-prefix": {
                Path prefix = jupyterSysPrefix(environment);
                return new InstallLocation(prefix.resolve("share").resolve("jupyter"),
                        "The Jupyter of the Python environment " + prefix + " finds it: start it with\n  jupyter notebook");
            }
            default:
                throw new IllegalArgumentException("unknown option '" + option + "'");
        }
    }

    private static InstallLocation local(Path dataDirectory) {
        Path absolute = dataDirectory.toAbsolutePath().normalize();
        return new InstallLocation(absolute, "Jupyter finds it when JUPYTER_PATH names that data directory:\n  JUPYTER_PATH="
                + absolute + " jupyter notebook\n  JUPYTER_PATH=" + absolute
                + " jupyter nbconvert --to notebook --execute NOTEBOOK.ipynb");
    }

    private static String value(List<String> args, String option) {
        if (args.size() < 2 || args.get(1).isBlank()) {
            throw new IllegalArgumentException(option + " needs a directory");
        }
        return args.get(1);
    }

    /** Jupyter's rule (jupyter_core.paths.jupyter_data_dir). */
    static Path userDataDirectory(Map<String, String> environment) {
        String explicit = environment.get("JUPYTER_DATA_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Jupyter");
        }
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            return (appData == null ? home : Path.of(appData)).resolve("jupyter");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg)).resolve("jupyter");
    }

    /** Asks the Python interpreter named in the {@code jupyter} launcher's first line for its sys.prefix. */
    private static Path jupyterSysPrefix(Map<String, String> environment) {
        Path jupyter = findOnPath("jupyter", environment.getOrDefault("PATH", ""));
        List<String> command = new ArrayList<>();
        try {
            String firstLine = Files.readAllLines(jupyter, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            if (!firstLine.startsWith("#!")) {
                throw new IllegalArgumentException("--sys-prefix: " + jupyter + " is not a Python script; use --prefix PREFIX");
            }
            command.addAll(List.of(firstLine.substring(2).trim().split("\\s+")));
            command.addAll(List.of("-c", "import sys; print(sys.prefix)"));
            Process python = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!python.waitFor(60, TimeUnit.SECONDS) || python.exitValue() != 0) {
                throw new IllegalArgumentException("--sys-prefix: " + String.join(" ", command) + " failed: " + output);
            }
            return Path.of(output);
        } catch (IOException e) {
            throw new UncheckedIOException("--sys-prefix: cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("--sys-prefix: interrupted", e);
        }
    }

    private static Path findOnPath(String program, String path) {
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return Path.of(dir, program);
            }
        }
        throw new IllegalArgumentException("--sys-prefix: '" + program + "' is not on PATH (" + path
                + "); install Jupyter or use --prefix PREFIX");
    }
}
