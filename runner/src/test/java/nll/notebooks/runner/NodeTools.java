package nll.notebooks.runner;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Node.js and the npm packages of the project's package.json (installed by {@code npm ci} into the project's
 * node_modules), which the browser check of the site and the workflow lint run on. A missing piece fails the
 * test that needs it, naming the command that installs it: these tests never skip.
 */
final class NodeTools {
    static final Path PROJECT = Path.of("..");
    static final Path NODE_MODULES = PROJECT.resolve("node_modules");

    private NodeTools() {
    }

    /** What a finished node command printed. */
    record Result(int exitCode, String stdout, String stderr) {
        String output() {
            return stdout + stderr;
        }
    }

    /** Fails, naming the install line, unless node, the npm packages and a Chromium are there. */
    static void requireBrowserTools() {
        requireNodeAndPackages("playwright-core");
        if (chromium() == null) {
            fail("no Chromium found: install it with `sudo apt-get install -y chromium`, or set CHROMIUM to a"
                    + " Chromium or Chrome executable");
        }
    }

    /** Fails, naming the install line, unless node and the npm package {@code name} are installed. */
    static void requireNodeAndPackages(String name) {
        if (onPath(node()) == null) {
            fail("no Node.js found (`" + node() + "`): install it with `sudo apt-get install -y nodejs npm`");
        }
        if (!Files.isDirectory(NODE_MODULES.resolve(name))) {
            fail("the npm package " + name + " is not installed in " + NODE_MODULES.toAbsolutePath().normalize()
                    + ": run `npm ci` in the project's root");
        }
    }

    /** The Chromium the browser check will run: CHROMIUM or CHROME if set, else one on PATH; null if none. */
    static Path chromium() {
        for (String variable : new String[] {"CHROMIUM", "CHROME"}) {
            String named = System.getenv(variable);
            if (named != null && !named.isBlank()) {
                return Files.isExecutable(Path.of(named)) ? Path.of(named) : null;
            }
        }
        for (String name : new String[] {"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}) {
            Path found = onPath(name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Runs {@code node ARGS...} in this module's directory, waiting at most {@code timeoutSeconds}. */
    static Result node(List<String> arguments, long timeoutSeconds) {
        List<String> command = new ArrayList<>();
        command.add(node());
        command.addAll(arguments);
        try {
            Path out = Files.createTempFile("node", ".out");
            Path err = Files.createTempFile("node", ".err");
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                fail("`" + String.join(" ", command) + "` did not finish within " + timeoutSeconds + " s");
            }
            Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run `" + String.join(" ", command) + "`: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String node() {
        return System.getenv().getOrDefault("NODE", "node");
    }

    private static Path onPath(String name) {
        if (name.contains(File.separator)) {
            return Files.isExecutable(Path.of(name)) ? Path.of(name) : null;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
