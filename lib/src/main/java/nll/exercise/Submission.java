package nll.exercise;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * A learner's answer to one exercise, turned into one dynamic test per check. Each check calls the answer on a
 * thread of its own with a time limit ({@link #TIME_LIMIT}); what the answer prints meanwhile is captured.
 *
 * @param <F> the exercise's function type
 * @param <R> the type of its answer
 */
final class Submission<F, R> {

    /** How long one check may run. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(2);

    /** How long a timed-out check's thread gets to react to its interrupt before it is stopped. */
    private static final long GRACE_MILLIS = 200;

    private final Definition<F, R> exercise;
    private final F answer;
    private final Map<String, String> printed = new ConcurrentHashMap<>();
    /** The label of the first check that ran out of time: the checks after it are not run, to save 2 s each. */
    private volatile String timedOut;
    /** Whether the answer's parameters turned out to be of other types than the exercise's. */
    private volatile boolean otherParameterTypes;

    Submission(Definition<F, R> exercise, F answer) {
        this.exercise = exercise;
        this.answer = answer;
    }

    Definition<F, R> exercise() {
        return exercise;
    }

    /**
     * Whether the answer's lambda has other parameter types than the exercise's while its interface is the same,
     * such as {@code (float[] a) -> ...} for {@code (double[] a) -> ...}: Java's cast of the arguments failed.
     */
    boolean hasOtherParameterTypes() {
        return otherParameterTypes;
    }

    /** What the answer printed during the check labelled {@code label}, summarised; empty if nothing. */
    String printedDuring(String label) {
        return printed.getOrDefault(label, "");
    }

    Stream<DynamicTest> tests() {
        return IntStream.range(0, exercise.checks().size()).mapToObj(i -> {
            Check<F, R> check = exercise.checks().get(i);
            return DynamicTest.dynamicTest(check.label(), () -> run(check));
        });
    }

    private void run(Check<F, R> check) throws Throwable {
        if (timedOut != null) {
            fail("not run, since the check '" + timedOut + "' did not finish");
        }
        R actual = callCapturingOutput(check);
        AnswerType<R> type = check.type();
        if (actual == null) {
            fail("returned null, expected " + type.text(check.expected()));
        }
        if (!check.accepts(actual)) {
            String nan =
                    type.hasNaN(actual) ? " (NaN comes from 0 / 0, 0 * infinity or the log of a negative number)" : "";
            fail("expected " + type.text(check.expected()) + ", got " + type.text(actual) + nan + ". Hint: "
                    + exercise.hintFor(check, actual));
        }
    }

    private R callCapturingOutput(Check<F, R> check) throws Throwable {
        PrintStream out = System.out, err = System.err;
        CapturedOutput captured = new CapturedOutput();
        PrintStream capture = captured.printStream();
        System.setOut(capture);
        System.setErr(capture);
        try {
            return callWithTimeLimit(check);
        } finally {
            System.setOut(out);
            System.setErr(err);
            capture.flush();
            String summary = captured.summary();
            if (!summary.isEmpty()) {
                printed.put(check.label(), summary);
            }
        }
    }

    private R callWithTimeLimit(Check<F, R> check) {
        AtomicReference<Thread> worker = new AtomicReference<>();
        try {
            return assertTimeoutPreemptively(TIME_LIMIT, () -> {
                worker.set(Thread.currentThread());
                return check.callOn(answer);
            });
        } catch (ClassCastException e) {
            if (castOfArguments(e)) {
                otherParameterTypes = true;
                throw new AssertionFailedError(exercise.shape() + ", not one with other parameter types");
            }
            throw e;
        } catch (AssertionFailedError timeLimit) {
            timedOut = check.label();
            Thread stuck = worker.get();
            String fate = stuck == null ? "" : stop(stuck);
            throw new AssertionFailedError("did not finish within " + TIME_LIMIT.toSeconds()
                    + " s (an endless loop, or far too many steps?); " + fate);
        }
    }

    /**
     * Whether {@code e} comes from the cast Java puts before a generic lambda's body, of an argument to the lambda's
     * parameter type. That cast runs in the lambda's hidden frame, so the frame that threw is the one that called the
     * learner's function, the check's call, right below {@link Check#callOn}; a cast in the learner's own code throws
     * one frame deeper, in the learner's lambda.
     */
    private static boolean castOfArguments(ClassCastException e) {
        List<StackTraceElement> frames = Arrays.stream(e.getStackTrace())
                .filter(frame -> !frame.getClassName().contains("$$Lambda"))
                .toList();
        return frames.size() > 1
                && frames.get(1).getClassName().equals(Check.class.getName())
                && frames.get(1).getMethodName().equals("callOn");
    }

    /**
     * Ends the thread of a timed-out check: JUnit has already interrupted it, which ends blocking calls; a busy loop
     * ignores interrupts and is stopped, where the JVM still can (up to JDK 19), so it does not keep a core busy.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static String stop(Thread stuck) {
        try {
            stuck.join(GRACE_MILLIS);
            if (!stuck.isAlive()) {
                return "it was interrupted";
            }
            stuck.stop();
            stuck.join(GRACE_MILLIS);
            return stuck.isAlive() ? "it could not be stopped: restart the kernel" : "it was stopped";
        } catch (UnsupportedOperationException e) {
            return "this JVM cannot stop it: restart the kernel to free the processor";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "it is still running";
        }
    }
}
