package nll.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import nll.kernel.TestJars;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellEvaluatorTest {

    private static CellEvaluator cells;
    /** The lines the evaluator told about changes to earlier declarations, since the last cell began. */
    private static final List<String> notes = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void startJShell() {
        cells = CellEvaluator.start(notes::add);
    }

    @AfterAll
    static void closeJShell() {
        cells.close();
    }

    private static Object eval(String code) {
        cells.startCell();
        notes.clear();
        CellEvaluator.Value value = cells.eval(code, 1, 1);
        return value == null ? null : value.object();
    }

    @Test
    void anExpressionGivesItsValueAsAnObject() {
        // 6 * 7 = 42, boxed as the Integer the expression's type int boxes to.
        assertEquals(42, eval("6 * 7"));
        // A list built in the cell comes back as the list object itself, not its string form.
        assertEquals(List.of(1, 2, 3), eval("List.of(1, 2, 3)"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "int declared = 5;",
                "void nothing() {}",
                "class Point { int x; }",
                "record Pair(int a, int b) {}",
                "import java.time.LocalDate;",
                "System.out.print(\"\");",
                "System.out.printf(\"%s\", \"\");",
                "for (int i = 0; i < 3; i++) { }",
                "if (true) { int local = 1; }"
            })
    void declarationsStatementsAndVoidCallsGiveNoValue(String code) {
        assertNull(eval(code));
    }

    @Test
    void theLastSnippetOfACellGivesTheCellsValue() {
        // 2 * 3 + 1 = 7; the earlier snippets are declarations and give nothing.
        assertEquals(7, eval("int a = 2;\nint b = 3;\n// a comment line\na * b + 1"));
        // The cell's last snippet is a declaration, so the cell has no value although an expression came before.
        assertNull(eval("a + b;\nint c = 4;"));
    }

    @Test
    void variableReferencesAndAssignmentsAreExpressions() {
        eval("int counter = 10;");
        assertEquals(10, eval("counter"));
        // An assignment's value is the value assigned.
        assertEquals(11, eval("counter = counter + 1"));
        assertEquals(11, eval("counter;"));
    }

    @Test
    void methodsClassesAndVariablesCanBeRedefined() {
        eval("int version() { return 1; }");
        assertEquals(1, eval("version()"));
        eval("int version() { return 2; }");
        assertEquals(2, eval("version()"));

        eval("String shape = \"circle\";");
        eval("int shape = 4;");
        assertEquals(4, eval("shape"));

        eval("class Box { int size() { return 1; } }");
        eval("class Box { int size() { return 9; } }");
        assertEquals(9, eval("new Box().size()"));
    }

    @Test
    void anExpressionWhoseValueIsNullHasAValueUnlikeAStatement() {
        assertNull(cells.eval("String none = null;", 1, 1));
        assertEquals(new CellEvaluator.Value(null), cells.eval("none", 1, 1));
        // A statement ended by a semicolon whose value is null (Map.put's previous value) shows nothing.
        assertNull(cells.eval("Map<String, Integer> counts = new HashMap<>();\ncounts.put(\"a\", 1);", 1, 1));
        assertEquals(new CellEvaluator.Value(null), cells.eval("counts.get(\"b\")", 1, 1));
    }

    @Test
    void aVariableResetByARedefinitionOfItsClassIsTold() {
        eval("class Crate { int v = 7; }");
        eval("Crate crate = new Crate();");
        assertEquals(List.of(), notes);
        eval("class Crate { int v = 8; int w; }");
        assertEquals(List.of("variable crate was reset to null, because class Crate was redefined"), notes);
        assertNull(eval("crate"), "JShell did reset it");
    }

    @Test
    void aMethodThatNoLongerCompilesIsToldWithTheCompilersReason() {
        eval("int base = 3;");
        eval("int twiceBase() { return 2 * base; }");
        eval("String base = \"x\";");
        assertEquals(
                List.of("method twiceBase() cannot be used until it compiles again: bad operand types for "
                        + "binary operator '*' (after variable base was redefined)"),
                notes);
        EvaluationException error = assertThrows(EvaluationException.class, () -> eval("twiceBase()"));
        assertEquals(
                "UnresolvedReferenceException: twiceBase cannot be used until it compiles again: bad operand "
                        + "types for binary operator '*'",
                error.traceback().lines().get(0));
    }

    @Test
    void aMethodWhoseDependencyIsDroppedNamesIt() {
        eval("double rate = 0.5;");
        eval("double halve(double x) { return rate * x; }");
        // A failing cell that redefines rate drops it (JShell has no undo), so halve waits for a new rate.
        assertThrows(CompilationException.class, () -> eval("double rate = 0.25;\nint bad = \"x\";"));
        assertEquals(List.of(), notes, "a cell that does not compile tells only its errors");
        eval("double unrelated = 1;");
        assertEquals(List.of(), notes);
        EvaluationException error = assertThrows(EvaluationException.class, () -> eval("halve(2)"));
        assertEquals(
                "UnresolvedReferenceException: halve cannot be used until variable rate is declared",
                error.traceback().lines().get(0));
    }

    @Test
    void aDeclarationMadeTwiceInOneCellIsTold() {
        assertEquals(2, eval("int twice = 1; int twice = 2;\ntwice"));
        assertEquals(
                List.of("variable twice was declared twice in this cell; the second declaration replaced the first"),
                notes);
        eval("int once(int x) { return x; }\nint once(int x, int y) { return x + y; }");
        assertEquals(List.of(), notes, "an overload is not a second declaration");
    }

    @Test
    void redefiningInALaterCellOrRerunningACellTellsNothing() {
        for (int run = 0; run < 2; run++) {
            eval(
                    "class Pair2 { int a; }\nPair2 p2 = new Pair2();\nint size2 = 4;\nint area2() { return size2 * size2; }");
            assertEquals(List.of(), notes, "run " + run);
        }
        eval("int size2 = 5;");
        assertEquals(List.of(), notes);
        assertEquals(25, eval("area2()"));
    }

    @Test
    void variablesListsWhatIsDefinedWithTypeAndValue() {
        eval("int listedCount = 3;\nString listedName = \"ann\";\nList<Integer> listedValues = List.of(1, 2);");
        List<Variable> variables = cells.variables();
        assertTrue(variables.contains(new Variable("listedCount", "int", "3")), variables.toString());
        assertTrue(variables.contains(new Variable("listedName", "String", "\"ann\"")), variables.toString());
        assertTrue(variables.contains(new Variable("listedValues", "List<Integer>", "[1, 2]")), variables.toString());
        assertTrue(variables.stream().noneMatch(v -> v.name().startsWith("$")), variables.toString());
    }

    @Test
    void aMethodMayUseAMethodDeclaredInALaterCell() {
        eval("int twice(int x) { return add(x, x); }");
        eval("int add(int x, int y) { return x + y; }");
        assertEquals(8, eval("twice(4)"));
    }

    @Test
    void aCompileErrorShowsTheMessageAndTheOffendingLine() {
        CompilationException error = assertThrows(
                CompilationException.class, () -> cells.eval("int fine = 1;\nint broken = undefinedName + 1;", 5, 1));
        assertEquals("cannot find symbol", error.getMessage());
        List<String> traceback = error.traceback().lines();
        assertEquals("compile error: cell 5, line 2: cannot find symbol", traceback.get(0));
        assertTrue(traceback.contains("  symbol:   variable undefinedName"), traceback.toString());
        assertTrue(traceback.contains("    int broken = undefinedName + 1;"), traceback.toString());
        // The carets sit under "undefinedName": 13 characters after "int broken = " (13 characters).
        assertTrue(traceback.contains("    " + " ".repeat(13) + "^".repeat(13)), traceback.toString());
        // JShell's hidden wrapper class is not mentioned.
        assertTrue(traceback.stream().noneMatch(l -> l.contains("location: class")), traceback.toString());
    }

    @Test
    void aCompileErrorAnywhereMeansNothingOfTheCellRuns() {
        eval("List<String> ran = new ArrayList<>();");
        assertThrows(
                CompilationException.class,
                () -> eval("ran.add(\"first\");\nint before = 1;\nint bad = \"text\";\nint after = 2;"));
        assertEquals(List.of(), eval("ran"), "the statement before the error did not run");
        // Nothing the cell declared is left declared, before the error or after it.
        assertThrows(CompilationException.class, () -> eval("before"));
        assertThrows(CompilationException.class, () -> eval("after"));
        assertEquals(3, eval("1 + 2"));
    }

    @Test
    void everyVariableOfOneDeclarationIsInitialised() {
        // JShell makes one snippet of each variable, and each has its own initialiser to run.
        assertEquals(List.of(1, 2, 3), eval("""
                List<Integer> first = new ArrayList<>(), second = new ArrayList<>();
                double a = 1, b = 2, c = a + b;
                first.add((int) a); second.add((int) b);
                List.of(first.get(0), second.get(0), (int) c)\
                """));
    }

    @Test
    void everyCompileErrorOfTheCellIsListed() {
        CompilationException error = assertThrows(
                CompilationException.class,
                () -> cells.eval("int one = undefinedOne;\nint fine = 2;\nString two = 3;", 4, 1));
        List<String> headings = error.traceback().lines().stream()
                .filter(l -> l.startsWith("compile error: "))
                .toList();
        assertEquals(
                List.of(
                        "compile error: cell 4, line 1: cannot find symbol",
                        "compile error: cell 4, line 3: incompatible types: int cannot be converted to java.lang.String"),
                headings);
        assertThrows(CompilationException.class, () -> eval("fine"));
    }

    @Test
    void aMissingPackageGetsAHintToRunTheJarsCell() {
        CompilationException error =
                assertThrows(CompilationException.class, () -> cells.eval("import nll.distribution.Normal;", 2, 1));
        assertEquals(
                "compile error: cell 2, line 1: package nll.distribution does not exist",
                error.traceback().lines().get(0));
        assertEquals(
                "hint: no jar added so far has package nll.distribution; if the kernel was restarted, run the "
                        + "notebook's %jars cell (at the top) first",
                error.traceback().lines().get(error.traceback().lines().size() - 1));
    }

    @Test
    void anExceptionStopsTheCellAndWhatFollowsIsNotDeclared() {
        assertThrows(
                EvaluationException.class, () -> eval("int kept = 1;\nInteger.parseInt(\"z\");\nint dropped = 2;"));
        assertEquals(1, eval("kept"));
        assertThrows(CompilationException.class, () -> eval("dropped"));
    }

    @Test
    void aMethodRedefinedLaterInTheSameCellIsStillTheOldOneBeforeTheRedefinition() {
        // As snippet by snippet: early's initializer was compiled against the first version() and calls it.
        eval("int version() { return 1; }");
        assertEquals(1, eval("int early = version();\nint version() { return 2; }\nearly"));
        assertEquals(2, eval("version()"));
    }

    /**
     * Where compiling the whole cell first cannot restore the state before the cell: JShell has no undo, so a
     * definition the failing cell replaced is dropped with the cell's own, and the name is then undeclared.
     */
    @Test
    void aRedefinitionInACellThatFailsToCompileLeavesTheNameUndeclared() {
        eval("int edition() { return 1; }");
        assertThrows(CompilationException.class, () -> eval("int edition() { return 3; }\nint bad = \"x\";"));
        assertThrows(CompilationException.class, () -> eval("edition()"));
    }

    @Test
    void anIncompleteCellIsACompileError() {
        CompilationException error =
                assertThrows(CompilationException.class, () -> eval("for (int i = 0; i < 3; i++) {"));
        assertTrue(
                error.traceback().lines().get(0).contains("reached end of file while parsing"),
                error.traceback().lines().toString());
    }

    @Test
    void anExceptionShowsItsClassMessageAndTheUsersFramesOnly() {
        cells.startCell();
        cells.eval("int parse(String text) {\n    return Integer.parseInt(text);\n}", 2, 1);
        EvaluationException error = assertThrows(EvaluationException.class, () -> cells.eval("\n\nparse(\"x\")", 3, 1));
        List<String> traceback = error.traceback().lines();
        // Integer.parseInt's own message for "x".
        assertEquals("java.lang.NumberFormatException: For input string: \"x\"", traceback.get(0));
        assertEquals(traceback.get(0), error.getMessage());
        assertTrue(traceback.contains("\tat parse (cell 2, line 2)"), traceback.toString());
        assertTrue(traceback.contains("\tat cell 3, line 3"), traceback.toString());
        assertEquals(
                "\tat cell 3, line 3", traceback.get(traceback.size() - 1), "the user's top-level frame is the last");
        assertTrue(traceback.stream().anyMatch(l -> l.contains("java.lang.Integer.parseInt")), traceback.toString());
        assertTrue(
                traceback.stream()
                        .noneMatch(l -> l.contains("nll.kernel") || l.contains("jdk.jshell") || l.contains("reflect")),
                traceback.toString());
        assertEquals(4, eval("2 + 2"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "int ok = 1;\\nInteger.parseInt(\"y\");|2",
                "// a comment\\nInteger.parseInt(\"y\");|2",
                "/* a block\\n   comment */\\n\\nInteger.parseInt(\"y\");|4",
                "int ok2 = 1;\\n\\n   // note\\n   Integer.parseInt(\"y\");|4"
            })
    void frameLinesCountFromTheCellsFirstLine(String code, int line) {
        cells.startCell();
        EvaluationException error =
                assertThrows(EvaluationException.class, () -> cells.eval(code.replace("\\n", "\n"), 7, 1));
        assertEquals(
                "\tat cell 7, line " + line,
                error.traceback().lines().get(error.traceback().lines().size() - 1));
    }

    @Test
    void anExceptionShowsItsCauses() {
        EvaluationException error = assertThrows(
                EvaluationException.class,
                () -> eval("throw new RuntimeException(\"outer\", new IllegalStateException(\"inner\"));"));
        assertEquals(
                "java.lang.RuntimeException: outer", error.traceback().lines().get(0));
        assertTrue(
                error.traceback().lines().contains("Caused by: java.lang.IllegalStateException: inner"),
                error.traceback().lines().toString());
    }

    @Test
    void errorsSuchAsStackOverflowAreReportedAndTheKernelGoesOn() {
        eval("int down(int n) { return down(n + 1) + 1; }");
        EvaluationException error = assertThrows(EvaluationException.class, () -> eval("down(0)"));
        assertEquals("java.lang.StackOverflowError", error.traceback().lines().get(0));
        // The recursion's frames are collapsed into one line and a count rather than listed a thousand times.
        assertTrue(
                error.traceback().lines().size() < 10, error.traceback().lines().toString());
        assertTrue(
                error.traceback().lines().get(1).startsWith("\tat down (cell 1, line 1)"),
                error.traceback().lines().toString());
        assertTrue(
                error.traceback().lines().get(2).matches("\\t\\.\\.\\. the frame above \\d+ more times"),
                error.traceback().lines().toString());
        assertEquals(5, eval("2 + 3"));
    }

    @Test
    void usingAMethodWithAnUndeclaredDependencyNamesWhatIsMissing() {
        eval("double area(double r) { return PI_ESTIMATE * r * r; }");
        EvaluationException error = assertThrows(EvaluationException.class, () -> eval("area(1)"));
        assertTrue(
                error.traceback().lines().get(0).contains("area cannot be used until variable PI_ESTIMATE is declared"),
                error.traceback().lines().toString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "while (true) { }",
                "long spins = 0; while (true) { spins++; }",
                "Thread.sleep(600_000);",
                "while (true) { try { Thread.sleep(10); } catch (InterruptedException ignored) { } }"
            })
    void interruptStopsARunningCellAndTheNextCellRuns(String loop) throws Exception {
        String property = "nll.kernel.test.started." + Integer.toUnsignedString(loop.hashCode());
        System.clearProperty(property);
        CompletableFuture<Object> running = CompletableFuture.supplyAsync(
                () -> eval("System.setProperty(\"" + property + "\", \"yes\");\n" + loop + "\nint never = 1;"));
        // The cell has started once it set the property; a cell that ends first, or never starts, fails the test.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.getProperty(property) == null) {
            assertFalse(running.isDone(), "the cell ended before its loop began");
            assertTrue(System.nanoTime() < deadline, "the cell did not start within 60 s");
            Thread.onSpinWait();
        }
        cells.interrupt();
        ExecutionException stopped = assertThrows(ExecutionException.class, () -> running.get(60, TimeUnit.SECONDS));
        assertTrue(stopped.getCause() instanceof EvaluationInterruptedException, String.valueOf(stopped.getCause()));
        // The snippet after the loop did not run.
        assertThrows(CompilationException.class, () -> eval("never"));
        assertEquals(2, eval("1 + 1"));
    }

    @Test
    void anInterruptBetweenCellsDoesNotStopTheNextCell() {
        cells.interrupt();
        assertEquals(9, eval("3 * 3"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"Math.ma|max(|5", "int x = 1;\\nMath.ab|abs(|16", "String word = \"\";\\n\"abc\".len|length()|24"})
    void completionComesFromJShellsSourceAnalysis(String code, String expected, int start) {
        String cell = code.replace("\\n", "\n");
        ReplacementOptions options = cells.analysis().complete(cell, cell.length());
        assertTrue(
                options.getReplacements().contains(expected),
                options.getReplacements().toString());
        // The replacement starts where the name being completed starts and ends at the cursor.
        assertEquals(start, options.getSourceStart());
        assertEquals(cell.length(), options.getSourceEnd());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "int x = 1;|complete",
                "int x = 1;\\nx + 1|complete",
                "''|complete",
                "for (int i = 0; i < 3; i++) {|'    '",
                "'    if (x > 0) {'|'        '",
                "int y = (1 + |''",
                "int x = );|invalid"
            })
    void isCompleteAnswersFromJShellsSourceAnalysis(String code, String expected) {
        assertEquals(expected, cells.analysis().isComplete(code.replace("\\n", "\n")));
    }

    @Test
    void documentationNamesTheSignatures() {
        List<String> docs = cells.analysis().documentation("Math.abs(", "Math.abs(".length(), false);
        assertTrue(docs.contains("int Math.abs(int a)"), docs.toString());
    }

    /** The cursor is at the "|"; JShell by itself answers none of these (see CellAnalysis.documentation). */
    @ParameterizedTest
    @CsvSource(
            delimiter = '#',
            value = {
                "Math.max|#int Math.max(int a, int b)",
                "Math.ma|x#int Math.max(int a, int b)",
                "int m = Math.m|ax(1, 2);#int Math.max(int a, int b)",
                "Math.max|(1, 2)#int Math.max(int a, int b)",
                "Mat|h.max(1, 2)#java.lang.Math",
                "java.util.Li|st#java.util.List<E>",
                "java.util.List.o|f(1)#List<E> List<E>.<E>of(E e1)",
                "docNames.size|#int List<E>.size()",
                "docNames.si|ze() + 1#int List<E>.size()"
            })
    void documentationAnswersForACursorAnywhereInADottedName(String marked, String expected) {
        eval("List<String> docNames = new ArrayList<>();");
        String code = marked.replace("|", "");
        List<String> docs = cells.analysis().documentation(code, marked.indexOf('|'), false);
        assertTrue(docs.contains(expected), docs.toString());
    }

    @Test
    void documentationOfAnUnknownNameIsEmpty() {
        assertEquals(
                List.of(), cells.analysis().documentation("Math.noSuchMethod", "Math.noSuchMethod".length(), false));
    }

    @Test
    void addedClassDirectoriesAreVisibleToLaterCells(@TempDir Path dir) throws Exception {
        Path classes = TestJars.compile(
                Files.createDirectories(dir.resolve("classes")),
                Map.of(
                        "demo/Squares.java",
                        "package demo; public class Squares { public static int of(int n) { return n * n; } }"));
        assertThrows(CompilationException.class, () -> eval("demo.Squares.of(3)"));
        cells.addToClasspath(classes);
        // 3 squared.
        assertEquals(9, eval("demo.Squares.of(3)"));
        // The cells' class loader is the one that loaded the added class.
        assertEquals(
                cells.classLoader(),
                cells.classLoader().loadClass("demo.Squares").getClassLoader());
    }
}
