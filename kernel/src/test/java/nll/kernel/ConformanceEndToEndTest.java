package nll.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jupyter's own kernel conformance suite, jupyter_kernel_test (Debian's python3-jupyter-kernel-test), against the
 * installed kernel jar, with every sample the suite offers filled in for Java (conformance.py). The suite checks
 * every message against the protocol's v5 schema; every one of its tests must pass, none skipped.
 */
@Order(3)
class ConformanceEndToEndTest {

    /** The suite's tests (jupyter_kernel_test 0.4.5), each of which conformance.py gives samples for. */
    private static final List<String> TESTS = List.of(
            "test_clear_output",
            "test_completion",
            "test_display_data",
            "test_error",
            "test_execute_result",
            "test_execute_stderr",
            "test_execute_stdout",
            "test_history",
            "test_inspect",
            "test_is_complete",
            "test_kernel_info",
            "test_pager");

    private static final Pattern TEST_LINE = Pattern.compile(
            "^(test_\\w+) \\(conformance\\.\\w+(?:\\.test_\\w+)?\\)\\s*(?:\\n.*?)?\\.\\.\\. (\\w+)", Pattern.MULTILINE);

    @TempDir
    static Path work;

    @Test
    void jupyterKernelTestPassesInFull() throws Exception {
        InstalledKernel kernel = InstalledKernel.in(work);
        CommandRun.script(work, "conformance.py");
        CommandRun suite = CommandRun.of(
                work,
                kernel.environment(
                        Map.of("KERNEL_LOG", work.resolve("kernel.log").toString())),
                CommandRun.python("-m", "unittest", "-v", "conformance"));
        String output = suite.output();
        Matcher line = TEST_LINE.matcher(output);
        Map<String, String> outcomes = new java.util.TreeMap<>();
        while (line.find()) {
            outcomes.put(line.group(1), line.group(2));
        }
        Map<String, String> expected = new java.util.TreeMap<>();
        TESTS.forEach(test -> expected.put(test, "ok"));
        assertEquals(expected, outcomes, output);
        assertEquals(0, suite.exit(), output);
        assertTrue(
                output.contains("Ran " + TESTS.size() + " tests")
                        && output.strip().endsWith("OK"),
                output);
    }
}
