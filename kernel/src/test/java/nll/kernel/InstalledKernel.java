package nll.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The built kernel jar, installed by its own install command into a Jupyter data directory under
 * {@code target/}, once for all the end-to-end tests in a test JVM (each install records the kernel's class-data
 * archive, which costs as much CPU time as starting a kernel); Jupyter run with {@link #environment} finds only this
 * kernel and keeps its runtime files in the test's own work directory, out of the user's home.
 *
 * @param work    the test's temporary directory
 * @param jar     the kernel jar that was installed
 * @param dataDir the Jupyter data directory it was installed into ({@code kernels/java} below it)
 * @param install what the install command printed
 */
record InstalledKernel(Path work, Path jar, Path dataDir, CommandRun install) {
    private static final Path DATA_DIR = Path.of("target/e2e-jupyter-data").toAbsolutePath();
    private static CommandRun installation;

    /**
     * The jar the build made ({@code nll.kernel.jar}), installed into {@code target/e2e-jupyter-data} on first use
     * (it must succeed), for a test working in {@code work}.
     */
    static InstalledKernel in(Path work) {
        Path jar = Path.of(System.getProperty("nll.kernel.jar", "target/nll-notebooks-kernel.jar"))
                .toAbsolutePath();
        return new InstalledKernel(work, jar, DATA_DIR, installOnce(jar));
    }

    private static synchronized CommandRun installOnce(Path jar) {
        if (installation == null) {
            assertTrue(Files.isRegularFile(jar), jar + " is missing: build it with mvn -pl kernel -am package");
            CommandRun install = CommandRun.of(
                    DATA_DIR.getParent(),
                    Map.of(),
                    java(),
                    "-jar",
                    jar.toString(),
                    "install",
                    "--data-dir",
                    DATA_DIR.toString());
            assertEquals(0, install.exit(), install.output());
            installation = install;
        }
        return installation;
    }

    /** The java command of the JVM running the tests, which the installed kernelspec names too. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java")
                .toAbsolutePath()
                .toString();
    }

    /** The variables under which Jupyter finds this kernel, with {@code extra} added. */
    Map<String, String> environment(Map<String, String> extra) {
        Map<String, String> environment = new HashMap<>(extra);
        environment.put("JUPYTER_PATH", dataDir.toString());
        environment.put("JUPYTER_RUNTIME_DIR", work.resolve("runtime").toString());
        environment.put("JUPYTER_DATA_DIR", work.resolve("user-data").toString());
        return environment;
    }

    /** The variables under which Jupyter finds this kernel. */
    Map<String, String> environment() {
        return environment(Map.of());
    }

    /**
     * Runs the end-to-end script {@code name} from this package's resources, one that ends in
     * {@code kernel_session.check_and_print}, with the kernel's log in {@code work/kernel.log}; it must succeed.
     * Returns the JSON object it printed (the first one in its output: Python may warn after it).
     */
    JsonObject check(String name) throws IOException {
        return check(name, Map.of());
    }

    /** As {@link #check(String)}, with the variables {@code extra} added to the script's environment. */
    JsonObject check(String name, Map<String, String> extra) throws IOException {
        Path script = CommandRun.script(work, name);
        CommandRun run = CommandRun.of(
                work,
                environment(extra),
                CommandRun.python(script.toString(), work.resolve("kernel.log").toString()));
        assertEquals(0, run.exit(), run.output());
        int start = run.output().indexOf("{\"");
        assertTrue(start >= 0, "no JSON in the output of " + name + ":\n" + run.output());
        return JsonParser.parseReader(
                        new JsonReader(new StringReader(run.output().substring(start))))
                .getAsJsonObject();
    }
}
