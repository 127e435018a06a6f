package nll.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The protocol under stress, through the installed kernel jar and jupyter_client (protocol_robustness.py): bad
 * messages on shell, control and stdin, stop_on_error, history, an output flood, exit calls and background threads.
 */
@Order(5)
class KernelProtocolEndToEndTest {

    private static final List<String> BAD_MESSAGES =
            List.of("wrong_signature", "unsigned", "no_delimiter", "too_few_frames", "invalid_json");

    @TempDir
    static Path work;

    private static JsonObject results;

    @BeforeAll
    static void runTheScript() throws Exception {
        results = InstalledKernel.in(work).check("protocol_robustness.py");
    }

    @Test
    void badMessagesAreDroppedAndTheNextRequestIsAnswered() {
        for (String channel : List.of("shell", "control")) {
            JsonObject answered = results.getAsJsonObject(channel);
            assertEquals(BAD_MESSAGES, strings(answered.getAsJsonArray("sent")));
            assertEquals("kernel_info_reply", answered.get("reply_type").getAsString(), channel);
        }
        assertEquals(
                "error",
                results.get("forged_not_run").getAsString(),
                "the badly signed 'int forged = 1;' never ran, so 'forged' does not compile");
        assertEquals(
                "TYPED",
                executeResult(results.getAsJsonObject("stdin")),
                "the input reply after five bad messages on stdin reached the cell");

        String log = results.get("log").getAsString();
        for (String channel : List.of("shell", "control", "stdin")) {
            for (String reason : List.of(
                    "wrong signature", "unsigned", "no <IDS|MSG> delimiter", "at least 5 expected", "invalid JSON")) {
                String line = "dropped a message on the " + channel + " channel: ";
                assertTrue(
                        log.lines().anyMatch(l -> l.contains(line) && l.contains(reason)), line + reason + "\n" + log);
            }
        }
        assertFalse(log.contains("<THE KEY>"), log);
    }

    @Test
    void historyHoldsTheCellThatRanAndNeitherTheBadlySignedNorTheSilentOnes() {
        JsonObject history = results.getAsJsonObject("history");
        assertEquals("history_reply", history.get("type").getAsString());
        assertEquals("ok", history.getAsJsonObject("content").get("status").getAsString());
        // Session 1, execution count 1: "forged" (which failed to compile); the silent cell after it is not kept.
        assertEquals(
                "[[1,1,\"forged\"]]",
                history.getAsJsonObject("content").getAsJsonArray("history").toString());
    }

    @Test
    void aFailingCellAbortsTheCellsQueuedBehindItUnlessTheyAskNotTo() {
        assertEquals(
                List.of("ok", "error", "aborted", "aborted", "aborted"),
                strings(results.getAsJsonArray("stop_on_error")));
        assertEquals(List.of("ok", "error", "ok", "ok", "ok"), strings(results.getAsJsonArray("no_stop_on_error")));
    }

    @Test
    void printedLinesAreCoalescedInOrderAndAFloodIsTruncatedWithANotice() {
        JsonObject coalesced = results.getAsJsonObject("coalesced");
        assertTrue(coalesced.get("text_ok").getAsBoolean(), "all 20000 lines arrive, in order");
        assertTrue(coalesced.get("messages").getAsInt() < 200, coalesced.toString());
        assertEquals(
                List.of("execute_input", "stream", "display_data", "stream", "execute_result"),
                strings(results.getAsJsonArray("ordered")),
                "text printed before a display is sent before it");
        JsonObject truncated = results.getAsJsonObject("truncated");
        assertEquals(
                32 * 1024 * 1024, truncated.get("stdout_chars").getAsInt(), "40 MiB printed, the first 32 MiB shown");
        assertTrue(
                truncated.get("stderr").getAsString().contains("[output truncated: this cell printed more than 32 MiB"),
                truncated.toString());
    }

    @Test
    void exitCallsFailTheCellAndTheKernelLivesOn() {
        JsonObject exits = results.getAsJsonObject("exits");
        Map<String, String> expected = Map.of(
                "System.exit(3);", "System.exit(3)",
                "Runtime.getRuntime().exit(4);", "Runtime.exit(4)",
                "Runtime.getRuntime().halt(5);", "Runtime.halt(5)",
                "java.util.function.IntConsumer quit = System::exit;\nquit.accept(6);", "System.exit(6)");
        assertEquals(expected.keySet(), exits.keySet());
        expected.forEach((code, call) -> {
            JsonObject exit = exits.getAsJsonObject(code);
            assertEquals("error", exit.get("status").getAsString(), code);
            List<String> traceback = strings(exit.getAsJsonArray("traceback"));
            // the heading is red, as every error's is (Traceback)
            assertEquals(
                    "\u001b[0;31mnll.kernel.eval.ExitRefusedError\u001b[0m: " + call
                            + " was called; the kernel does not exit from a cell: "
                            + "restart it from the Kernel menu instead",
                    traceback.get(0),
                    code);
            assertTrue(traceback.stream().noneMatch(l -> l.contains("ExitGuard")), traceback.toString());
        });
        assertEquals("2", executeResult(results.getAsJsonObject("after_exits")));
        assertFalse(results.get("alive_after_shutdown").getAsBoolean());
    }

    @Test
    void aSilentRequestRunsWithoutInputResultOrCount() {
        JsonObject silent = results.getAsJsonObject("silent");
        assertEquals("ok", silent.getAsJsonObject("reply").get("status").getAsString());
        assertEquals("[]", silent.getAsJsonArray("iopub").toString(), "no execute_input, no execute_result");
        // The count of the last cell that stored history, "forged"; the history test shows it is not stored.
        assertEquals(1, silent.getAsJsonObject("reply").get("execution_count").getAsInt());
        JsonObject after = results.getAsJsonObject("after_silent");
        assertEquals("42", executeResult(after), "the silent cell declared quiet = 40");
        assertEquals(2, after.getAsJsonObject("reply").get("execution_count").getAsInt());
    }

    @Test
    void threadsStartedByACellPrintUnderThatCell() {
        assertEquals("inside\n", results.get("thread_inside").getAsString());
        JsonObject after = results.getAsJsonObject("thread_after");
        assertEquals(
                "after the cell\n",
                after.get("during_cell").getAsString() + after.get("later").getAsString(),
                "printed a second after the cell finished, under that cell's request");
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

    private static List<String> strings(JsonArray array) {
        List<String> values = new ArrayList<>();
        array.forEach(e -> values.add(e.getAsString()));
        return values;
    }
}
