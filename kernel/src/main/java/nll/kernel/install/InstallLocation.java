package nll.kernel.install;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nll.process.Command;
import nll.process.CommandResult;
import nll.process.CommandTimeoutException;
import nll.process.Programs;

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

    /** Python prints its sys.prefix at once; a minute allows for a cold disk on a busy machine. */
    private static final Duration SYS_PREFIX_TIMEOUT = Duration.ofSeconds(60);

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
        if (args.size() > 2
                || (args.size() == 2
                        && !args.get(0).equals("--data-dir")
                        && !args.get(0).equals("--prefix"))) {
            throw new IllegalArgumentException("expected at most one location option, got " + args);
        }
        if (args.isEmpty()) {
            return local(workingDirectory.resolve(".jupyter-local"));
        }
        String option = args.get(0);
        switch (option) {
            case "--data-dir" -> {
                return local(workingDirectory.resolve(value(args, option)));
            }
            case "--prefix" -> {
                Path prefix = workingDirectory.resolve(value(args, option)).normalize();
                return new InstallLocation(
                        prefix.resolve("share").resolve("jupyter"),
                        "Jupyter installed under " + prefix
                                + " finds it; any other Jupyter finds it with\n  JUPYTER_PATH="
                                + prefix.resolve("share").resolve("jupyter") + " jupyter notebook");
            }
            case "--user" -> {
                return new InstallLocation(
                        userDataDirectory(environment),
                        "Jupyter finds it for this user: start it with\n  jupyter notebook");
            }
            case "--sys-prefix" -> {
                Path prefix = jupyterSysPrefix(environment);
                return new InstallLocation(
                        prefix.resolve("share").resolve("jupyter"),
                        "The Jupyter of the Python environment " + prefix
                                + " finds it: start it with\n  jupyter notebook");
            }
            default -> throw new IllegalArgumentException("unknown option '" + option + "'");
        }
    }

    private static InstallLocation local(Path dataDirectory) {
        Path absolute = dataDirectory.toAbsolutePath().normalize();
        return new InstallLocation(
                absolute,
                "Jupyter finds it when JUPYTER_PATH names that data directory:\n  JUPYTER_PATH="
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
        return (xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg))
                .resolve("jupyter");
    }

    /**
     * Asks the Python that runs {@code jupyter} (found as the runner finds it: {@code JUPYTER}, then {@code PATH};
     * its interpreter is the launcher's {@code #!} line) for its sys.prefix.
     */
    private static Path jupyterSysPrefix(Map<String, String> environment) {
        String jupyter = Programs.jupyterCommand(environment);
        if (Programs.find(jupyter, environment).isEmpty()) {
            throw new IllegalArgumentException("--sys-prefix: '" + jupyter + "' is not on PATH ("
                    + environment.getOrDefault("PATH", "") + "); install Jupyter or use --prefix PREFIX");
        }
        List<String> command = new ArrayList<>();
        try {
            command.addAll(Programs.jupyterPython(environment));
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("--sys-prefix: " + e.getMessage() + "; or use --prefix PREFIX", e);
        }
        command.addAll(List.of("-c", "import sys; print(sys.prefix)"));
        CommandResult python;
        try {
            python = Command.of(command).run(SYS_PREFIX_TIMEOUT);
        } catch (UncheckedIOException | CommandTimeoutException e) {
            throw new IllegalArgumentException("--sys-prefix: " + e.getMessage(), e);
        }
        if (!python.succeeded()) {
            throw new IllegalArgumentException("--sys-prefix: " + String.join(" ", command) + " failed: "
                    + python.output().strip());
        }
        return Path.of(python.stdout().strip());
    }
}
