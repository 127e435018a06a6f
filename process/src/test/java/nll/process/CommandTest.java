package nll.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandTest {

    /** How long a test waits for what should take well under a second; a deadline, not a speed claim. */
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Test
    void capturesOutputErrorAndExitCode() {
        CommandResult result =
                Command.of("sh", "-c", "echo out; echo err >&2; exit 3").run(DEADLINE);
        assertEquals(3, result.exitCode());
        assertEquals("out\n", result.stdout());
        assertEquals("err\n", result.stderr());
        assertFalse(result.succeeded());
        IllegalStateException failure = assertThrows(IllegalStateException.class, result::requireSuccess);
        assertTrue(failure.getMessage().contains("exited with 3"), failure.getMessage());
    }

    @Test
    void mergesErrorsIntoOutputInOrder() {
        CommandResult result = Command.of("sh", "-c", "echo one; echo two >&2; echo three")
                .errorsInOutput()
                .run(DEADLINE);
        assertEquals("one\ntwo\nthree\n", result.stdout());
        assertEquals("", result.stderr());
    }

    @Test
    void runsInItsDirectoryWithItsEnvironment(@TempDir Path dir) {
        CommandResult result = Command.of("sh", "-c", "pwd; echo \"$GREETING\"")
                .in(dir)
                .with(Map.of("GREETING", "hello"))
                .run(DEADLINE)
                .requireSuccess();
        assertEquals(dir.toAbsolutePath() + "\nhello\n", result.stdout());
    }

    @Test
    void withOnlyInheritsNothingFromThisProcess() {
        // HOME is set in every test run; withOnly must leave it out, while with() keeps it.
        String script = "echo \"home=${HOME:-unset} greeting=$GREETING\"";
        assertEquals(
                "home=unset greeting=hello\n",
                Command.of("/bin/sh", "-c", script)
                        .withOnly(Map.of("GREETING", "hello"))
                        .run(DEADLINE)
                        .requireSuccess()
                        .stdout());
        assertEquals(
                "home=" + System.getenv("HOME") + " greeting=hello\n",
                Command.of("/bin/sh", "-c", script)
                        .with(Map.of("GREETING", "hello"))
                        .run(DEADLINE)
                        .requireSuccess()
                        .stdout());
    }

    @Test
    void readsItsInputFromAFile(@TempDir Path dir) throws java.io.IOException {
        Path input = java.nio.file.Files.writeString(dir.resolve("input.txt"), "first\nsecond\n");
        CommandResult result =
                Command.of("sh", "-c", "tail -n 1").input(input).run(DEADLINE).requireSuccess();
        assertEquals("second\n", result.stdout());
    }

    @Test
    void theTimeoutFiresAndKillsTheCommand() {
        CommandTimeoutException timeout = assertTimeoutPreemptively(
                DEADLINE,
                () -> assertThrows(
                        CommandTimeoutException.class,
                        () -> Command.of("sh", "-c", "echo started; exec sleep 600")
                                .run(Duration.ofMillis(300))));
        assertEquals("started\n", timeout.partialOutput());
        assertEquals(Duration.ofMillis(300), timeout.timeout());
        assertTrue(timeout.getMessage().contains("did not finish within 300 ms"), timeout.getMessage());
    }

    @Test
    void theTimeoutKillsTheDescendantsToo() throws Exception {
        // The shell starts a grandchild in the background, prints its pid and waits for it.
        CommandTimeoutException timeout = assertTimeoutPreemptively(
                DEADLINE,
                () -> assertThrows(
                        CommandTimeoutException.class,
                        () -> Command.of("sh", "-c", "sleep 600 & echo $!; wait")
                                .run(Duration.ofMillis(500))));
        long grandchild = Long.parseLong(timeout.partialOutput().strip());
        Optional<ProcessHandle> handle = ProcessHandle.of(grandchild);
        if (handle.isPresent()) {
            handle.get().onExit().get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
            assertFalse(handle.get().isAlive(), "the grandchild " + grandchild + " outlived the timeout");
        }
    }

    @Test
    void aGrandchildHoldingTheOutputOpenDoesNotBlockTheCaller() {
        // With pipes, reading the output to its end waits for the grandchild, which keeps the pipe open for 600 s.
        CommandResult result = assertTimeoutPreemptively(
                DEADLINE, () -> Command.of("sh", "-c", "sleep 600 & echo $!").run(DEADLINE));
        long grandchild = Long.parseLong(result.stdout().strip());
        ProcessHandle.of(grandchild).ifPresent(ProcessHandle::destroyForcibly);
        assertEquals(0, result.exitCode());
    }

    @Test
    void anInterruptKillsTheCommandAndKeepsTheFlag() throws Exception {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> flagSet = new AtomicReference<>();
        Thread runner = new Thread(() -> {
            try {
                Command.of("sleep", "600").run(Duration.ofMinutes(10));
            } catch (RuntimeException e) {
                thrown.set(e);
                flagSet.set(Thread.currentThread().isInterrupted());
            }
        });
        runner.start();
        while (ProcessHandle.current()
                .children()
                .noneMatch(child -> child.info().command().orElse("").endsWith("sleep"))) {
            assertTrue(runner.isAlive(), "the command ended before it was interrupted");
            Thread.sleep(10);
        }
        runner.interrupt();
        runner.join(DEADLINE.toMillis());
        assertFalse(runner.isAlive(), "the interrupted command still runs after " + DEADLINE);
        assertTrue(thrown.get() instanceof IllegalStateException, String.valueOf(thrown.get()));
        assertEquals(true, flagSet.get());
    }

    @Test
    void aMissingProgramIsNamed() {
        UncheckedIOException missing = assertThrows(
                UncheckedIOException.class,
                () -> Command.of("no-such-program-here", "x").run(DEADLINE));
        assertTrue(missing.getMessage().contains("`no-such-program-here x`"), missing.getMessage());
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Command.of(List.of()));
        assertThrows(IllegalArgumentException.class, () -> Command.of("true").run(Duration.ZERO));
        assertThrows(NullPointerException.class, () -> Command.of("true").in(null));
    }
}
