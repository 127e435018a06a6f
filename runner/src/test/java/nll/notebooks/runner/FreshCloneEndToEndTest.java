package nll.notebooks.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nll.process.Command;
import nll.process.CommandResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two ways a user starts from a fresh clone of this commit, tried on one clone: Binder's build step
 * ({@code binder/postBuild}, into a temporary prefix and home, as Binder runs it) and {@code ./run}. Sharing the
 * clone compiles the project there once: the test that runs second finds the classes the first compiled, and still
 * runs its own script to the end. Neither touches the project's own {@code target/} directories, which the other
 * end-to-end tests load.
 */
@Order(2)
class FreshCloneEndToEndTest {
    private static final Pattern URL =
            Pattern.compile("Open the notebooks at: (http://[^/]+:(\\d+)/)tree\\?token=(\\w+)");
    private static final Duration BUILD = Duration.ofMinutes(15);

    @TempDir
    static Path temp;

    private static Path clone;

    @BeforeAll
    static void cloneThisCommit() {
        clone = temp.resolve("clone");
        String commit = git(SetupDriftTest.PROJECT, "rev-parse", "HEAD").strip();
        git(
                temp,
                "clone",
                "-q",
                SetupDriftTest.PROJECT.toAbsolutePath().normalize().toString(),
                clone.toString());
        git(clone, "checkout", "-q", commit);
    }

    @Test
    void binderPostBuildInstallsAKernelThatRunsTheSetupNotebook() throws IOException {
        Path prefix = temp.resolve("prefix");
        Path home = Files.createDirectories(temp.resolve("home"));
        CommandResult postBuild = Command.of("bash", "binder/postBuild")
                .in(clone)
                .with(Map.of("HOME", home.toString(), "KERNEL_PREFIX", prefix.toString(), "MAVEN_OPTS", mavenOptions()))
                .errorsInOutput()
                .run(BUILD);
        assertEquals(0, postBuild.exitCode(), "binder/postBuild failed:\n" + postBuild.stdout());

        Path kernelJson = prefix.resolve("share/jupyter/kernels/java/kernel.json");
        assertTrue(
                Files.isRegularFile(kernelJson),
                "postBuild installed no kernelspec at " + kernelJson + ":\n" + postBuild.stdout());
        Jupyter jupyter = Jupyter.locate(prefix.resolve("share/jupyter"), temp.resolve("work"));
        Path setup = clone.resolve("notebooks/00-setup.ipynb");
        NotebookFile fresh = new NotebookExecutor(jupyter, 120).execute(setup, temp.resolve("executed"));
        assertEquals(Optional.empty(), OutputCheck.compare(NotebookFile.read(setup), fresh));
    }

    /** {@code ./run -- --no-browser --port N}: it sets up, builds, installs the kernel and serves the notebooks. */
    @Test
    void runServesTheNotebooksWithTheProjectsKernel() throws Exception {
        int port = freePort();
        Path log = temp.resolve("run.log");
        ProcessBuilder builder = new ProcessBuilder("bash", "run", "--", "--no-browser", "--port", String.valueOf(port))
                .directory(clone.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("JUPYTER_RUNTIME_DIR", temp.resolve("runtime").toString());
        environment.put("JUPYTER_CONFIG_DIR", temp.resolve("config").toString());
        environment.put("JUPYTER_DATA_DIR", temp.resolve("data").toString());
        environment.put("MAVEN_OPTS", mavenOptions());
        // Not the process helper: ./run ends as Jupyter's server, which runs until the test stops it.
        Process run = builder.start();
        try {
            Matcher url = awaitUrl(run, log);
            assertEquals(
                    String.valueOf(port),
                    url.group(2),
                    "./run serves on another port than --port asked:\n" + read(log));
            JsonObject specs = kernelSpecs(url.group(1), url.group(3));
            assertTrue(specs.getAsJsonObject("kernelspecs").has("java"), "the server lists no java kernel: " + specs);
            JsonObject served =
                    specs.getAsJsonObject("kernelspecs").getAsJsonObject("java").getAsJsonObject("spec");
            JsonObject installed = JsonParser.parseString(
                            read(clone.resolve(".jupyter-local/kernels/java/kernel.json")))
                    .getAsJsonObject();
            assertEquals(
                    installed.get("argv"),
                    served.get("argv"),
                    "the server's java kernel is not the one ./run installed into the clone's .jupyter-local/");
            // The widget front end: the notebook page loads nll-widgets/extension, and the server serves it.
            JsonObject extensions = get(url.group(1) + "api/config/notebook", url.group(3))
                    .getAsJsonObject()
                    .getAsJsonObject("load_extensions");
            assertTrue(
                    extensions != null
                            && extensions.has("nll-widgets/extension")
                            && extensions.get("nll-widgets/extension").getAsBoolean(),
                    "the notebook's config does not load the widget extension: " + extensions);
            assertTrue(
                    getText(url.group(1) + "nbextensions/nll-widgets/extension.js", url.group(3))
                            .startsWith("define("),
                    "the server does not serve the widget extension as a require.js module");
        } finally {
            run.destroy(); // ./run has become Jupyter (exec): SIGTERM stops the server it started
            if (!run.waitFor(60, TimeUnit.SECONDS)) {
                run.descendants().forEach(ProcessHandle::destroyForcibly);
                run.destroyForcibly().waitFor();
                fail("the server did not stop within 60 s of SIGTERM:\n" + read(log));
            }
        }
        assertThrows(
                ConnectException.class,
                () -> new Socket(InetAddress.getLoopbackAddress(), port).close(),
                "something still listens on port " + port + " after the server stopped");
    }

    /** The clone's builds resolve from the local Maven repository this build uses (the temporary home has none). */
    private static String mavenOptions() {
        return "-Dmaven.repo.local="
                + System.getProperty(
                        "maven.repo.local",
                        Path.of(System.getProperty("user.home"), ".m2", "repository")
                                .toString());
    }

    /** Waits for ./run to print the server's URL, failing with what it printed if it ends or takes too long. */
    private static Matcher awaitUrl(Process run, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + BUILD.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher url = URL.matcher(read(log));
            if (url.find()) {
                return url;
            }
            if (!run.isAlive()) {
                fail("./run ended (exit " + run.exitValue() + ") without printing the server's URL:\n" + read(log));
            }
            Thread.sleep(500);
        }
        return fail("./run printed no server URL within " + BUILD.toSeconds() + " s:\n" + read(log));
    }

    private static JsonObject kernelSpecs(String base, String token) throws IOException, InterruptedException {
        return get(base + "api/kernelspecs", token).getAsJsonObject();
    }

    private static JsonElement get(String url, String token) throws IOException, InterruptedException {
        return JsonParser.parseString(getText(url, token));
    }

    private static String getText(String url, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "token " + token)
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        HttpResponse<String> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), "GET " + request.uri() + ": " + response.body());
        return response.body();
    }

    private static String git(Path directory, String... arguments) {
        return Command.of("git", arguments)
                .in(directory)
                .errorsInOutput()
                .run(Duration.ofMinutes(5))
                .requireSuccess()
                .stdout();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
