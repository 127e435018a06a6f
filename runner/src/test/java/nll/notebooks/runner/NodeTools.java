package nll.notebooks.runner;

import static org.junit.jupiter.api.Assertions.fail;

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
 * Node.js and the npm packages of the project's package.json (installed by {@code npm ci} into the project's
 * node_modules), which the browser check of the site and the workflow lint run on. A missing piece fails the
 * test that needs it, naming the command that installs it: these tests never skip.
 */
final class NodeTools {
    static final Path PROJECT = Path.of("..");
    static final Path NODE_MODULES = PROJECT.resolve("node_modules");

    private NodeTools() {}

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
            fail("the npm package " + name + " is not installed in "
                    + NODE_MODULES.toAbsolutePath().normalize() + ": run `npm ci` in the project's root");
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

    /** Runs {@code node ARGS...} in this module's directory; past {@code timeoutSeconds} it is killed. */
    static CommandResult node(List<String> arguments, long timeoutSeconds) {
        return node(arguments, timeoutSeconds, Map.of());
    }

    /** Runs {@code node ARGS...} as above, with {@code environment} added to this process's. */
    static CommandResult node(List<String> arguments, long timeoutSeconds, Map<String, String> environment) {
        List<String> command = new ArrayList<>();
        command.add(node());
        command.addAll(arguments);
        return Command.of(command).with(environment).run(Duration.ofSeconds(timeoutSeconds));
    }

    private static String node() {
        return System.getenv().getOrDefault("NODE", "node");
    }

    private static Path onPath(String name) {
        return Programs.find(name).orElse(null);
    }
}
