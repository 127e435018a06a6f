package nll.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import nll.process.Programs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded kernel jar, installed with its own install command into a temporary Jupyter data directory, run by
 * Debian's Jupyter: nbconvert executes a notebook, and jupyter_client drives interrupt, completion, restart and
 * shutdown. Nothing here uses the network.
 */
@Order(4)
class JupyterEndToEndTest {

    private static final String INSTALL_JUPYTER =
            "apt-get update && apt-get install -y jupyter-notebook jupyter-nbconvert python3-nbclient";

    @TempDir
    static Path work;

    private static InstalledKernel kernel;
    private static Path dataDir;
    private static Path jupyter;

    @BeforeAll
    static void installKernel() throws Exception {
        jupyter = requireJupyter();
        kernel = InstalledKernel.in(work);
        dataDir = kernel.dataDir();
        CommandRun install = kernel.install();
        Path jar = kernel.jar();
        Path specDir = dataDir.resolve("kernels/java");
        assertTrue(install.output().contains("into " + specDir), install.output());
        assertTrue(install.output().contains("JUPYTER_PATH=" + dataDir + " jupyter notebook"), install.output());
        // The jar is copied next to kernel.json, so cleaning the build cannot break the installed kernel.
        assertEquals(Files.size(jar), Files.size(specDir.resolve("nll-notebooks-kernel.jar")));
    }

    @Test
    void theKernelspecNamesThisKernelAndRunsOnTheInstallingJava() throws IOException {
        JsonObject spec = JsonParser.parseString(Files.readString(dataDir.resolve("kernels/java/kernel.json")))
                .getAsJsonObject();
        List<String> argv = strings(spec.getAsJsonArray("argv"));
        assertEquals(InstalledKernel.java(), argv.get(0));
        assertTrue(
                argv.containsAll(List.of(
                        "-jar",
                        dataDir.resolve("kernels/java/nll-notebooks-kernel.jar").toString(),
                        "{connection_file}",
                        "-Djava.awt.headless=true")),
                argv.toString());
        // The committed notebooks' metadata says "Java": any other name would change them on every save.
        assertEquals("Java", spec.get("display_name").getAsString());
        assertEquals("java", spec.get("language").getAsString());
        assertEquals("message", spec.get("interrupt_mode").getAsString());
    }

    @Test
    void nbconvertExecutesANotebookAndItsOutputsAreRight() throws Exception {
        Path notebookDir = Files.createDirectories(work.resolve("notebook"));
        TestJars.jar(
                notebookDir.resolve("lib/stats.jar"),
                Map.of(
                        "demo/Stats.java",
                        "package demo; public class Stats { public static double mean(double... xs) {"
                                + " double s = 0; for (double x : xs) s += x; return s / xs.length; } }"),
                Map.of());
        List<String[]> cells = List.of(
                new String[] {"%jars lib/*.jar\nimport demo.Stats;"},
                new String[] {"double m = Stats.mean(1, 2, 6);\nSystem.out.println(\"mean = \" + m);\nm"},
                new String[] {"""
                        import java.awt.image.BufferedImage;
                        var image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
                        var g = image.createGraphics();
                        g.setColor(java.awt.Color.BLUE);
                        g.fillRect(0, 0, 400, 500);
                        g.dispose();
                        image\
                        """},
                new String[] {"var id = display(\"draft\");\nupdateDisplay(id, \"final\");"},
                new String[] {"Integer.parseInt(\"x\")", "raises-exception"},
                new String[] {"int broken = undefinedName;", "raises-exception"},
                new String[] {"1 + 1"});
        Path notebook = notebookDir.resolve("check.ipynb");
        Files.writeString(notebook, notebookJson(cells));

        // Run from another directory: Jupyter starts the kernel in the notebook's directory, and %jars resolves there.
        CommandRun converted = CommandRun.of(
                work,
                kernel.environment(),
                jupyter.toString(),
                "nbconvert",
                "--to",
                "notebook",
                "--execute",
                "--ExecutePreprocessor.timeout=120",
                "--output",
                "executed.ipynb",
                notebook.toString());
        assertEquals(0, converted.exit(), converted.output());
        JsonArray executed = JsonParser.parseString(Files.readString(notebookDir.resolve("executed.ipynb")))
                .getAsJsonObject()
                .getAsJsonArray("cells");

        assertEquals(0, outputs(executed, 0).size(), "%jars and an import show nothing");

        JsonArray mean = outputs(executed, 1);
        // (1 + 2 + 6) / 3 = 3.0
        assertEquals("stream", type(mean.get(0)));
        assertEquals("mean = 3.0\n", text(mean.get(0).getAsJsonObject().get("text")));
        assertEquals("3.0", plain(mean.get(1)));

        JsonObject image = outputs(executed, 2).get(0).getAsJsonObject();
        assertEquals("execute_result", type(image));
        assertEquals("800x500 image", plain(image));
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder()
                .decode(text(image.getAsJsonObject("data").get("image/png")).replace("\n", ""))));
        assertEquals(800, png.getWidth());
        assertEquals(500, png.getHeight());
        // Left half blue, right half black, as drawn in the cell.
        assertEquals(Color.BLUE.getRGB(), png.getRGB(10, 10));
        assertEquals(Color.BLACK.getRGB(), png.getRGB(790, 10));

        JsonArray display = outputs(executed, 3);
        assertEquals(1, display.size());
        assertEquals("display_data", type(display.get(0)));
        assertEquals("final", plain(display.get(0)), "updateDisplay replaced the displayed value");

        JsonObject exception = outputs(executed, 4).get(0).getAsJsonObject();
        assertEquals("error", type(exception));
        assertEquals("EvaluationException", exception.get("ename").getAsString());
        List<String> traceback = strings(exception.getAsJsonArray("traceback"));
        assertEquals("\u001b[0;31mjava.lang.NumberFormatException\u001b[0m: For input string: \"x\"", traceback.get(0));
        assertEquals("\tat cell 5, line 1", last(traceback));
        assertTrue(
                traceback.stream().noneMatch(l -> l.contains("nll.kernel") || l.contains("jdk.jshell")),
                traceback.toString());

        JsonObject compile = outputs(executed, 5).get(0).getAsJsonObject();
        assertEquals("CompilationException", compile.get("ename").getAsString());
        assertEquals(
                List.of(
                        "\u001b[0;31mcompile error\u001b[0m: cell 6, line 1: cannot find symbol",
                        "  symbol:   variable undefinedName",
                        "    int broken = undefinedName;",
                        "                 ^^^^^^^^^^^^^"),
                strings(compile.getAsJsonArray("traceback")));

        assertEquals("2", plain(outputs(executed, 6).get(0)), "the kernel runs on after both errors");
    }

    @Test
    void jupyterClientInterruptsCompletesRestartsAndShutsDown() throws Exception {
        Path script = CommandRun.script(work, "protocol_check.py");
        CommandRun checked = CommandRun.of(work, kernel.environment(), CommandRun.python(script.toString()));
        assertEquals(0, checked.exit(), checked.output());
        String json = checked.output().substring(checked.output().indexOf("{\"kernel_info\""));
        JsonObject results = JsonParser.parseString(json.strip()).getAsJsonObject();

        JsonObject info = results.getAsJsonObject("kernel_info");
        assertEquals(KernelIdentity.IMPLEMENTATION, info.get("implementation").getAsString());
        assertEquals("java", info.getAsJsonObject("language_info").get("name").getAsString());

        JsonObject interrupted = results.getAsJsonObject("interrupted");
        assertEquals("error", interrupted.getAsJsonObject("reply").get("status").getAsString());
        assertEquals(
                "EvaluationInterruptedException",
                interrupted.getAsJsonObject("reply").get("ename").getAsString());
        assertEquals(
                "42",
                executeResult(results.getAsJsonObject("after_interrupt")),
                "7 * 6 from a variable kept across the interrupt");

        List<String> ticks = new ArrayList<>();
        for (JsonElement message : results.getAsJsonObject("streamed").getAsJsonArray("iopub")) {
            if (message.getAsJsonObject().get("type").getAsString().equals("stream")) {
                ticks.add(message.getAsJsonObject()
                        .getAsJsonObject("content")
                        .get("text")
                        .getAsString());
            }
        }
        // Each println reaches Jupyter as its own stream message while the cell still runs.
        assertEquals(List.of("tick 0\n", "tick 1\n", "tick 2\n"), ticks);

        JsonObject complete = results.getAsJsonObject("complete");
        assertTrue(strings(complete.getAsJsonArray("matches")).contains("max("), complete.toString());
        assertEquals(5, complete.get("cursor_start").getAsInt());
        assertEquals(7, complete.get("cursor_end").getAsInt());

        JsonObject isComplete = results.getAsJsonObject("is_complete");
        assertEquals(
                "complete",
                isComplete.getAsJsonObject("int x = 1;").get("status").getAsString());
        assertEquals(
                "incomplete",
                isComplete
                        .getAsJsonObject("for (int i = 0; i < 3; i++) {")
                        .get("status")
                        .getAsString());
        assertEquals(
                "invalid",
                isComplete.getAsJsonObject("int x = );").get("status").getAsString());

        JsonObject inspect = results.getAsJsonObject("inspect");
        assertTrue(inspect.get("found").getAsBoolean(), inspect.toString());
        assertTrue(
                inspect.getAsJsonObject("data").get("text/plain").getAsString().contains("Math.abs(int a)"),
                inspect.toString());

        assertEquals(
                "error",
                results.getAsJsonObject("after_restart_old_variable")
                        .getAsJsonObject("reply")
                        .get("status")
                        .getAsString(),
                "a restart starts a fresh JShell");
        assertEquals("2", executeResult(results.getAsJsonObject("after_restart")));
        assertFalse(results.get("alive_after_shutdown").getAsBoolean());
    }

    private static Path requireJupyter() throws Exception {
        Path jupyterCommand = Programs.jupyter();
        CommandRun modules =
                CommandRun.of(work, Map.of(), CommandRun.python("-c", "import nbclient, nbconvert, jupyter_client"));
        if (modules.exit() != 0) {
            fail("Jupyter's Python packages are missing (" + modules.output().strip() + "); install them with: "
                    + INSTALL_JUPYTER);
        }
        return jupyterCommand;
    }

    private static String notebookJson(List<String[]> cells) {
        JsonArray cellArray = new JsonArray();
        for (String[] cell : cells) {
            JsonObject json = new JsonObject();
            json.addProperty("cell_type", "code");
            json.add("execution_count", null);
            JsonObject metadata = new JsonObject();
            if (cell.length > 1) {
                JsonArray tags = new JsonArray();
                tags.add(cell[1]);
                metadata.add("tags", tags);
            }
            json.add("metadata", metadata);
            json.add("outputs", new JsonArray());
            json.addProperty("source", cell[0]);
            cellArray.add(json);
        }
        JsonObject kernelspec = new JsonObject();
        kernelspec.addProperty("name", "java");
        kernelspec.addProperty("display_name", "Java");
        kernelspec.addProperty("language", "java");
        JsonObject metadata = new JsonObject();
        metadata.add("kernelspec", kernelspec);
        JsonObject notebook = new JsonObject();
        notebook.add("cells", cellArray);
        notebook.add("metadata", metadata);
        notebook.addProperty("nbformat", 4);
        notebook.addProperty("nbformat_minor", 5);
        return notebook.toString();
    }

    private static JsonArray outputs(JsonArray cells, int index) {
        return cells.get(index).getAsJsonObject().getAsJsonArray("outputs");
    }

    private static String type(JsonElement output) {
        return output.getAsJsonObject().get("output_type").getAsString();
    }

    private static String plain(JsonElement output) {
        return text(output.getAsJsonObject().getAsJsonObject("data").get("text/plain"));
    }

    private static String executeResult(JsonObject execution) {
        for (JsonElement message : execution.getAsJsonArray("iopub")) {
            if (message.getAsJsonObject().get("type").getAsString().equals("execute_result")) {
                return message.getAsJsonObject()
                        .getAsJsonObject("content")
                        .getAsJsonObject("data")
                        .get("text/plain")
                        .getAsString();
            }
        }
        throw new AssertionError("no execute_result in " + execution);
    }

    /** nbformat stores multi-line text either as one string or as a list of lines. */
    private static String text(JsonElement value) {
        return value.isJsonArray() ? String.join("", strings(value.getAsJsonArray())) : value.getAsString();
    }

    private static List<String> strings(JsonArray array) {
        List<String> values = new ArrayList<>();
        array.forEach(e -> values.add(e.getAsString()));
        return values;
    }

    private static String last(List<String> values) {
        return values.get(values.size() - 1);
    }
}
