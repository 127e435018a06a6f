package nll.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import nll.kernel.display.RenderingException;
import nll.kernel.eval.CompilationException;
import nll.kernel.eval.EvaluationException;
import nll.kernel.magic.MagicException;
import nll.kernel.traceback.Traceback;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kernel without Jupyter: magics, the display API and rendering of cell values. */
class JavaKernelTest {

    @TempDir
    static Path notebookDir;

    private static JavaKernel kernel;

    @BeforeAll
    static void startKernel() {
        kernel = JavaKernel.create(notebookDir);
        kernel.onStartup();
    }

    @AfterAll
    static void stopKernel() {
        kernel.onShutdown(false);
    }

    private static String text(DisplayData data) {
        return (String) data.getData(MIMEType.TEXT_PLAIN);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                // Java's own toString of each value; a String is shown without quotes, as in IJava.
                "1 + 2|3",
                "0.1 + 0.2|0.30000000000000004",
                "\"abc\"|abc",
                "'x'|x",
                "List.of(1, 2)|[1, 2]",
                "Map.of(\"k\", 1)|{k=1}",
                "Optional.empty()|Optional.empty",
                // Arrays by their elements, not by an identity hash code.
                "new int[] {1, 2, 3}|[1, 2, 3]",
                "new double[][] {{0.5}, {1.5, 2}}|[[0.5], [1.5, 2.0]]",
                "new String[] {\"a\", null}|[a, null]",
                // Objects without their own toString by their class, not by an identity hash code.
                "new Object()|java.lang.Object object",
                "(java.util.function.IntUnaryOperator) x -> x + 1|lambda implementing java.util.function.IntUnaryOperator"
            })
    void aValueIsShownAsDeterministicPlainText(String code, String expected) {
        DisplayData data = kernel.eval(code);
        assertEquals(expected, text(data));
    }

    @Test
    void anObjectOfAClassDeclaredInACellIsNamedByItsSimpleName() {
        kernel.eval("class Plain { }");
        assertEquals("Plain object", text(kernel.eval("new Plain()")));
        kernel.eval("record Point(int x, int y) { }");
        assertEquals("Point[x=1, y=2]", text(kernel.eval("new Point(1, 2)")));
    }

    @Test
    void statementsAndDeclarationsShowNothingAndANullValueShowsNull() {
        assertNull(kernel.eval("String nothing = null;"));
        assertEquals("null", text(kernel.eval("nothing")));
        assertEquals("null", text(kernel.eval("Map.of().get(\"absent\")")));
        assertNull(kernel.eval("System.out.println(\"printed\");"));
        assertNull(kernel.eval("void helper() {}"));
    }

    @Test
    void varsListsTheVariablesAsTextAndHtml() {
        kernel.eval("int tableCount = 3;\nString tableWord = \"a<b\";\nString tableLong = \"x\".repeat(100);");
        DisplayData table = kernel.eval("%vars");
        List<String> lines = text(table).lines().toList();
        assertEquals("name", lines.get(0).substring(0, 4));
        assertTrue(lines.stream().anyMatch(l -> l.matches("tableCount +int +3")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches("tableWord +String +\"a<b\"")), lines.toString());
        // A long value is cut to 60 characters, the last three "...".
        assertTrue(lines.stream().anyMatch(l -> l.matches("tableLong +String +\"x{56}\\.\\.\\.")), lines.toString());
        String html = (String) table.getData(MIMEType.TEXT_HTML);
        assertTrue(html.contains("<tr><td>tableWord</td><td>String</td><td>&quot;a&lt;b&quot;</td></tr>"), html);
        MagicException extra = assertThrows(MagicException.class, () -> kernel.eval("%vars x"));
        assertEquals("%vars takes no arguments; got x", extra.getMessage());
    }

    @Test
    void anImageIsShownAsPngWithItsSizeAsText() throws Exception {
        DisplayData data = kernel.eval("""
                var image = new java.awt.image.BufferedImage(800, 500, java.awt.image.BufferedImage.TYPE_INT_RGB);
                var g = image.createGraphics();
                g.setColor(java.awt.Color.RED);
                g.fillRect(100, 50, 10, 10);
                g.dispose();
                image\
                """);
        assertEquals("800x500 image", text(data));
        byte[] png = Base64.getDecoder().decode((String) data.getData(MIMEType.IMAGE_PNG));
        // A complete PNG ends with the IEND chunk and its CRC, AE 42 60 82 (fixed by the PNG specification).
        assertEquals(0x82, png[png.length - 1] & 0xff);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(800, decoded.getWidth());
        assertEquals(500, decoded.getHeight());
        // The pixels drawn in the cell survive the round trip: red inside the square, black outside it.
        assertEquals(Color.RED.getRGB(), decoded.getRGB(105, 55));
        assertEquals(Color.BLACK.getRGB(), decoded.getRGB(99, 55));
    }

    @Test
    void renderAsTheLastExpressionIsShownAsRendered() {
        DisplayData data = kernel.eval("render(\"<b>bold</b>\", \"text/html\")");
        assertEquals("<b>bold</b>", data.getData(MIMEType.TEXT_HTML));
        assertEquals("<b>bold</b>", text(data));
    }

    @Test
    void displayReturnsNumberedIds() {
        String first = (String) kernel.evalRaw("display(\"one\")");
        String second = (String) kernel.evalRaw("display(\"two\", \"text/plain\")");
        assertTrue(first.matches("display-\\d+"), first);
        assertEquals(Integer.parseInt(first.substring(8)) + 1, Integer.parseInt(second.substring(8)));
        assertNull(kernel.evalRaw("updateDisplay(\"" + first + "\", \"three\");"));
    }

    @Test
    void aValueWhoseToStringThrowsIsReportedAndTheKernelGoesOn() {
        kernel.eval("class Broken { public String toString() { throw new IllegalStateException(\"no text\"); } }");
        RenderingException error = assertThrows(RenderingException.class, () -> kernel.eval("new Broken()"));
        assertTrue(
                error.traceback().lines().get(0).contains("java.lang.IllegalStateException: no text"),
                error.traceback().lines().toString());
        assertEquals("2", text(kernel.eval("1 + 1")));
    }

    @Test
    void jarsAddsEveryJarAGlobMatchesRelativeToTheNotebook() throws Exception {
        TestJars.jar(
                notebookDir.resolve("libs/greeter.jar"),
                Map.of(
                        "demo/Greeter.java",
                        "package demo; public class Greeter { public String greet() { return \"hello\"; } }"),
                Map.of());
        TestJars.jar(
                notebookDir.resolve("libs/counter.jar"),
                Map.of("demo/Counter.java", "package demo; public class Counter { public int count() { return 3; } }"),
                Map.of());
        DisplayData data = kernel.eval("%jars libs/*.jar\nnew demo.Greeter().greet() + new demo.Counter().count()");
        assertEquals("hello3", text(data));
    }

    @Test
    void classpathAddsClassDirectoriesAndSeveralPathsAtOnce() throws Exception {
        TestJars.compile(
                Files.createDirectories(notebookDir.resolve("first")),
                Map.of(
                        "one/First.java",
                        "package one; public class First { public static int value() { return 1; } }"));
        TestJars.compile(
                Files.createDirectories(notebookDir.resolve("second")),
                Map.of(
                        "two/Second.java",
                        "package two; public class Second { public static int value() { return 2; } }"));
        assertEquals("3", text(kernel.eval("%classpath first \"second\"\none.First.value() + two.Second.value()")));
    }

    @Test
    void aPathThatMatchesNothingIsAnErrorThatNamesIt() {
        MagicException error = assertThrows(MagicException.class, () -> kernel.eval("%jars missing/*.jar"));
        assertEquals(
                "%jars: no file matches 'missing/*.jar' (relative to "
                        + notebookDir.toAbsolutePath().normalize() + ")",
                error.getMessage());
        assertEquals(List.of(error.getMessage()), error.traceback().lines());
        MagicException plain = assertThrows(MagicException.class, () -> kernel.eval("%classpath ../nowhere.jar"));
        assertTrue(
                plain.getMessage().startsWith("%classpath: no file or directory matches '../nowhere.jar'"),
                plain.getMessage());
        // A directory is not a jar.
        assertThrows(MagicException.class, () -> kernel.eval("%jars ."));
        assertEquals("4", text(kernel.eval("2 + 2")));
    }

    @Test
    void aFailedMagicStopsTheRestOfTheCell() {
        assertThrows(
                MagicException.class,
                () -> kernel.eval("int beforeMagic = 1;\n%jars nothing-here.jar\nint afterMagic = 2;"));
        assertEquals("1", text(kernel.eval("beforeMagic")));
        assertThrows(CompilationException.class, () -> kernel.eval("afterMagic"));
    }

    @Test
    void magicsWithoutArgumentsOrUnknownMagicsAreErrors() {
        MagicException empty = assertThrows(MagicException.class, () -> kernel.eval("%jars"));
        assertTrue(empty.getMessage().startsWith("%jars needs at least one path"), empty.getMessage());
        MagicException unknown =
                assertThrows(MagicException.class, () -> kernel.eval("%mavenRepo x http://example.org"));
        assertEquals(
                "unknown magic %mavenRepo (cell 0, line 1); known line magics: %jars, %classpath, %maven, %load, %vars, %lsmagic",
                unknown.getMessage());
        MagicException maven = assertThrows(MagicException.class, () -> kernel.eval("%maven"));
        assertTrue(
                maven.getMessage().startsWith("%maven needs at least one GROUP:ARTIFACT:VERSION"), maven.getMessage());
    }

    @Test
    void lsmagicListsEveryMagicOnALineOfItsOwn() {
        List<String> lines = text(kernel.eval("%lsmagic")).lines().toList();
        assertEquals(6, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("%jars PATH...  "), lines.get(0));
        assertTrue(lines.get(2).startsWith("%maven GROUP:ARTIFACT:VERSION...  add Maven artifacts"), lines.get(2));
        assertTrue(lines.get(4).startsWith("%vars     "), lines.get(4));
        assertTrue(lines.get(5).startsWith("%lsmagic "), lines.get(5));
    }

    @Test
    void loadRunsASnippetFileRelativeToTheNotebook() throws Exception {
        Files.createDirectories(notebookDir.resolve("snippets"));
        Files.writeString(
                notebookDir.resolve("snippets/helpers.jshell"),
                "int twice(int x) { return 2 * x; }\nint loadedBase = 20;\n");
        assertEquals("42", text(kernel.eval("%load snippets/helpers.jshell\ntwice(loadedBase) + 2")));
        Files.writeString(notebookDir.resolve("snippets/broken.jshell"), "int fine = 1;\nint bad = noSuchName;\n");
        CompilationException error =
                assertThrows(CompilationException.class, () -> kernel.eval("%load snippets/broken.jshell"));
        assertTrue(
                error.traceback().lines().get(0).contains("broken.jshell, line 2: cannot find symbol"),
                error.traceback().lines().toString());
        MagicException missing = assertThrows(MagicException.class, () -> kernel.eval("%load nowhere.jshell"));
        assertEquals(
                "%load: no file 'nowhere.jshell' (relative to "
                        + notebookDir.toAbsolutePath().normalize() + ")",
                missing.getMessage());
    }

    @Test
    void loadRunsTheCodeCellsOfANotebookInOrder() throws Exception {
        Files.writeString(notebookDir.resolve("other.ipynb"), """
                {"cells": [
                 {"cell_type": "markdown", "metadata": {}, "source": ["int notCode = 1;"]},
                 {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": null,
                  "source": ["int fromNotebook = 5;\\n", "int more = fromNotebook + 1;"]},
                 {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": null,
                  "source": "fromNotebook * more"}
                ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}\
                """);
        // The value of the last code cell, 5 * 6, is the value of %load; markdown cells do not run.
        assertEquals("30", text(kernel.eval("%load other.ipynb")));
        assertThrows(CompilationException.class, () -> kernel.eval("notCode"));
    }

    @Test
    void aFileThatLoadsItselfStopsWithAnError() throws Exception {
        Files.writeString(notebookDir.resolve("loop.jshell"), "%load loop.jshell\n");
        MagicException loop = assertThrows(MagicException.class, () -> kernel.eval("%load loop.jshell"));
        assertTrue(loop.getMessage().contains("more than 16 deep"), loop.getMessage());
        assertEquals("2", text(kernel.eval("1 + 1")));
    }

    @Test
    void aPercentLineInATextBlockIsJava() {
        assertEquals(
                "Ann scored 3\n",
                text(kernel.eval("String report = \"\"\"\n    %s scored %d\n    \"\"\";\n"
                        + "report.stripIndent().formatted(\"Ann\", 3)")));
    }

    @Test
    void printfPrintsAsIJavasHelperDoes() {
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            kernel.eval("printf(\"%d-%s%n\", 7, \"x\");");
        } finally {
            System.setOut(original);
        }
        assertEquals("7-x" + System.lineSeparator(), captured.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void anExtensionInAnAddedJarIsInstalled() throws Exception {
        // The extension registers an HTML renderer for its own class, through jjava's renderer registry.
        TestJars.jar(
                notebookDir.resolve("ext/chart-extension.jar"),
                Map.of(
                        "ext/Badge.java",
                        "package ext; public class Badge { public final String label; "
                                + "public Badge(String label) { this.label = label; } }",
                        "ext/BadgeExtension.java",
                        """
                        package ext;
                        import org.dflib.jjava.jupyter.Extension;
                        import org.dflib.jjava.jupyter.kernel.BaseKernel;
                        public class BadgeExtension implements Extension {
                          public void install(BaseKernel kernel) {
                            kernel.getRenderer().createRegistration(Badge.class).preferring("text/html")
                                .register((badge, context) -> context.renderIfRequested(
                                    org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.TEXT_HTML, () -> "<span>" + badge.label + "</span>"));
                          }
                        }\
                        """),
                Map.of("META-INF/services/org.dflib.jjava.jupyter.Extension", "ext.BadgeExtension\n"));
        DisplayData data = kernel.eval("%jars ext/chart-extension.jar\nnew ext.Badge(\"ok\")");
        assertEquals("<span>ok</span>", data.getData(MIMEType.TEXT_HTML));
        assertNotNull(text(data));
    }

    @Test
    void errorsAreFormattedFromTheCellException() {
        EvaluationException error =
                assertThrows(EvaluationException.class, () -> kernel.eval("Objects.requireNonNull(null, \"value\")"));
        // The class in red, as IPython shows an exception's name; the frames plain.
        assertEquals(
                Traceback.RED + "java.lang.NullPointerException" + Traceback.RESET + ": value",
                kernel.formatError(error).get(0));
        assertEquals(
                error.traceback().lines().subList(1, error.traceback().lines().size()),
                kernel.formatError(error).subList(1, error.traceback().lines().size()));
        assertEquals(
                "java.lang.NullPointerException: value",
                error.traceback().lines().get(0));
    }

    @Test
    void completionOffersMagicNamesAndJavaNames() {
        ReplacementOptions magic = kernel.complete("%ja", 3);
        assertEquals(List.of("jars"), magic.getReplacements());
        assertEquals(1, magic.getSourceStart());
        String cell = "%jars libs/*.jar\nInteger.parseI";
        ReplacementOptions java = kernel.complete(cell, cell.length());
        assertTrue(
                java.getReplacements().contains("parseInt("),
                java.getReplacements().toString());
    }

    @Test
    void cursorPositionsCountCodePointsAsTheProtocolDoes() {
        // The emoji is one code point and two Java chars: positions after it differ by one between the two counts.
        String cell = "String face = \"\uD83D\uDE00\";\nMath.ab";
        int cursor = cell.codePointCount(0, cell.length());
        ReplacementOptions options = kernel.complete(cell, cursor);
        assertTrue(
                options.getReplacements().contains("abs("),
                options.getReplacements().toString());
        assertEquals(cursor - 2, options.getSourceStart());
        assertEquals(cursor, options.getSourceEnd());
        DisplayData doc = kernel.inspect(cell + "s(", cursor + 2, false);
        assertTrue(text(doc).contains("int Math.abs(int a)"), text(doc));
    }

    @Test
    void aCellWithAMagicLineIsCompleteWhenItsJavaIs() {
        assertEquals("complete", kernel.isComplete("%jars libs/*.jar\nint x = 1;"));
        assertEquals("    ", kernel.isComplete("%jars libs/*.jar\nvoid f() {"));
    }
}
