package nll.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nll.kernel.maven.TestRepository;
import nll.process.Programs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed kernel through jupyter_client: %maven from a local repository the test writes (offline), %load of
 * a file and of a notebook, %lsmagic, a % line in a text block, printf, and how errors look.
 */
@Order(1)
class CellFeaturesEndToEndTest {

    private static final String RED = "\u001b[0;31m";
    private static final String RESET = "\u001b[0m";

    @TempDir
    static Path work;

    private static InstalledKernel kernel;

    @BeforeAll
    static void installKernel() throws Exception {
        Programs.jupyterPython(); // fails, naming the install commands, when Jupyter is missing
        kernel = InstalledKernel.in(work);
        assertTrue(
                Files.isRegularFile(kernel.dataDir().resolve("kernels/java/kernel.json")),
                kernel.install().output());
    }

    @Test
    void mavenResolvesFromALocalRepositoryOfflineAndNamesWhatIsMissing() throws Exception {
        Path home = Files.createDirectories(work.resolve("home/.m2")).getParent();
        Path local = work.resolve("local-repository");
        TestRepository.add(
                local,
                "demo",
                "greeter",
                "1.0",
                Map.of(
                        "demo/Greeter.java",
                        "package demo; public class Greeter { public static String hello() { return \"hello\"; } }"),
                true,
                "demo:words:1.0");
        TestRepository.add(
                local,
                "demo",
                "words",
                "1.0",
                Map.of(
                        "words/Words.java",
                        "package words; public class Words { public static String world() { return \"world\"; } }"),
                true);
        Files.writeString(home.resolve(".m2/settings.xml"), TestRepository.settings(local, true, null));

        JsonObject results = cells(
                work,
                Map.of("JAVA_TOOL_OPTIONS", "-Duser.home=" + home),
                List.of("maven", "%maven demo:greeter:1.0\ndemo.Greeter.hello() + \" \" + words.Words.world()"),
                List.of("missing", "%maven demo:missing:2.0"));
        // words comes in as greeter's dependency, named only in greeter's pom.
        assertEquals("hello world", result(results, "maven"));
        JsonObject missing = reply(results, "missing");
        assertEquals("error", missing.get("status").getAsString());
        assertTrue(
                missing.get("evalue")
                        .getAsString()
                        .startsWith("%maven: cannot resolve demo:missing:2.0; looked in " + "the local repository "
                                + local + " only (offline, as settings.xml says)"),
                missing.toString());
    }

    @Test
    void loadRunsAFileAndANotebookAndLsmagicListsTheMagics() throws Exception {
        Path dir = Files.createDirectories(work.resolve("load"));
        Files.writeString(dir.resolve("helpers.jshell"), "int square(int x) { return x * x; }\n");
        Files.writeString(
                dir.resolve("setup.ipynb"),
                "{\"cells\": [{\"cell_type\": \"code\", \"metadata\": {}, "
                        + "\"outputs\": [], \"execution_count\": null, \"source\": [\"int offset = 2;\"]}], "
                        + "\"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}");
        JsonObject results = cells(
                dir,
                Map.of(),
                List.of("load", "%load helpers.jshell\n%load setup.ipynb\nsquare(5) + offset"),
                List.of("lsmagic", "%lsmagic"));
        assertEquals("27", result(results, "load"));
        List<String> magics = result(results, "lsmagic").lines().toList();
        assertEquals(
                List.of("%jars", "%classpath", "%maven", "%load", "%vars", "%lsmagic"),
                magics.stream().map(l -> l.substring(0, l.indexOf(' '))).toList());
    }

    @Test
    void aPercentLineInATextBlockIsJavaAndPrintfPrints() throws Exception {
        JsonObject results = cells(
                work,
                Map.of(),
                List.of("textblock", "String line = \"\"\"\n    %s scored %d\n    \"\"\".formatted(\"Ann\", 3);\nline"),
                List.of("printf", "printf(\"%d items%n\", 3);"));
        assertEquals("Ann scored 3\n", result(results, "textblock"));
        assertEquals("3 items\n", stream(results, "printf"));
    }

    @Test
    void errorsHaveARedHeadingEveryCompileErrorAndNothingOfAFailingCellRuns() throws Exception {
        JsonObject results = cells(
                work,
                Map.of(),
                List.of("compile", "System.out.println(\"ran\");\nint one = undefinedOne;\nString two = 3;"),
                List.of("exception", "Integer.parseInt(\"x\")"),
                List.of("missing-library", "import nll.distribution.Normal;"));
        JsonObject compile = error(results, "compile");
        assertEquals("", stream(results, "compile"), "the println before the errors did not run");
        assertEquals(
                List.of(
                        RED + "compile error" + RESET + ": cell 1, line 2: cannot find symbol",
                        "  symbol:   variable undefinedOne",
                        "    int one = undefinedOne;",
                        "              ^^^^^^^^^^^^",
                        RED + "compile error" + RESET
                                + ": cell 1, line 3: incompatible types: int cannot be converted to java.lang.String",
                        "    String two = 3;",
                        "                 ^"),
                strings(compile.getAsJsonArray("traceback")));
        List<String> exception = strings(error(results, "exception").getAsJsonArray("traceback"));
        assertEquals(RED + "java.lang.NumberFormatException" + RESET + ": For input string: \"x\"", exception.get(0));
        assertEquals("\tat cell 2, line 1", exception.get(exception.size() - 1));
        List<String> missing = strings(error(results, "missing-library").getAsJsonArray("traceback"));
        assertEquals(
                "hint: no jar added so far has package nll.distribution; if the kernel was restarted, run the "
                        + "notebook's %jars cell (at the top) first",
                missing.get(missing.size() - 1));
    }

    /** The four ways JShell changes earlier declarations, each told in one plain stdout line, as kernel/README shows. */
    @Test
    void changesToEarlierDeclarationsAreToldInOnePlainLineEach() throws Exception {
        JsonObject results = cells(
                work,
                Map.of(),
                List.of("box", "class Box { int v = 7; }"),
                List.of("b", "Box b = new Box();"),
                List.of("redefine-box", "class Box { int v = 8; int w; }"),
                List.of("b-now", "b"),
                List.of("n", "int n = 3;"),
                List.of("twice-n", "int twiceN() { return 2 * n; }"),
                List.of("n-string", "String n = \"x\";"),
                List.of("call-twice-n", "twiceN()"),
                List.of("k-twice", "int k = 1; int k = 2;"),
                List.of("area", "double area(double r) { return PI * r * r; }"),
                List.of("rerun-box", "class Box { int v = 8; int w; }"),
                List.of("vars", "%vars"));
        assertEquals(
                "variable b was reset to null, because class Box was redefined\n", stream(results, "redefine-box"));
        assertEquals("null", result(results, "b-now"));
        assertEquals(
                "method twiceN() cannot be used until it compiles again: bad operand types for binary operator "
                        + "'*' (after variable n was redefined)\n",
                stream(results, "n-string"));
        assertEquals(
                "UnresolvedReferenceException: twiceN cannot be used until it compiles again: bad operand types "
                        + "for binary operator '*'",
                error(results, "call-twice-n").get("evalue").getAsString());
        assertEquals(
                "variable k was declared twice in this cell; the second declaration replaced the first\n",
                stream(results, "k-twice"));
        // A method waiting for a declaration from the start was never usable, so nothing changed; a rerun neither.
        for (String quiet : List.of("box", "b", "n", "twice-n", "area", "rerun-box")) {
            assertEquals("", stream(results, quiet), quiet);
            for (JsonElement message : results.getAsJsonObject(quiet).getAsJsonArray("iopub")) {
                assertEquals(
                        "execute_input", message.getAsJsonObject().get("type").getAsString(), quiet);
            }
        }
        List<String> vars = result(results, "vars").lines().toList();
        assertEquals(
                List.of("name  type    value", "b     Box     null", "n     String  \"x\"", "k     int     2"), vars);
    }

    @SafeVarargs
    private static JsonObject cells(Path dir, Map<String, String> environment, List<String>... cells) throws Exception {
        Path script = CommandRun.script(work, "cell_check.py");
        JsonArray list = new JsonArray();
        for (List<String> cell : cells) {
            JsonArray pair = new JsonArray();
            cell.forEach(pair::add);
            list.add(pair);
        }
        Path input = Files.createTempFile(work, "cells", ".json");
        Files.writeString(input, list.toString());
        String output = CommandRun.of(
                        dir, kernel.environment(environment), CommandRun.python(script.toString(), input.toString()))
                .output();
        int start = output.indexOf("RESULTS ");
        assertTrue(start >= 0, output);
        return JsonParser.parseString(
                        output.substring(start + "RESULTS ".length()).strip())
                .getAsJsonObject();
    }

    private static JsonObject reply(JsonObject results, String name) {
        return results.getAsJsonObject(name).getAsJsonObject("reply");
    }

    /** The error output Jupyter shows (the iopub error message; jjava leaves the reply's traceback empty). */
    private static JsonObject error(JsonObject results, String name) {
        for (JsonElement message : results.getAsJsonObject(name).getAsJsonArray("iopub")) {
            JsonObject m = message.getAsJsonObject();
            if (m.get("type").getAsString().equals("error")) {
                return m.getAsJsonObject("content");
            }
        }
        throw new AssertionError("no error output for " + name + ": " + results.get(name));
    }

    private static String result(JsonObject results, String name) {
        for (JsonElement message : results.getAsJsonObject(name).getAsJsonArray("iopub")) {
            JsonObject m = message.getAsJsonObject();
            if (m.get("type").getAsString().equals("execute_result")) {
                return m.getAsJsonObject("content")
                        .getAsJsonObject("data")
                        .get("text/plain")
                        .getAsString();
            }
        }
        throw new AssertionError("no execute_result for " + name + ": " + results.get(name));
    }

    private static String stream(JsonObject results, String name) {
        StringBuilder text = new StringBuilder();
        for (JsonElement message : results.getAsJsonObject(name).getAsJsonArray("iopub")) {
            JsonObject m = message.getAsJsonObject();
            if (m.get("type").getAsString().equals("stream")) {
                text.append(m.getAsJsonObject("content").get("text").getAsString());
            }
        }
        return text.toString();
    }

    private static List<String> strings(JsonArray array) {
        List<String> values = new ArrayList<>();
        array.forEach(e -> values.add(e.getAsString()));
        return values;
    }
}
