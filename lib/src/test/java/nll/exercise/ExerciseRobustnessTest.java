package nll.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A learner's code that throws, hangs, prints or returns nonsense is reported per check, and nothing stays running. */
class ExerciseRobustnessTest {

    static Stream<Arguments> brokenAnswers() {
        return Stream.of(
                Arguments.of(
                        "throws",
                        (Exercise.OfPoint) (x, mu, sigma) -> {
                            throw new IllegalStateException("oops");
                        },
                        "threw java.lang.IllegalStateException: oops"),
                Arguments.of(
                        "returns NaN",
                        (Exercise.OfPoint) (x, mu, sigma) -> Double.NaN,
                        "got NaN (NaN comes from 0 / 0"),
                Arguments.of(
                        "overflows the stack",
                        (Exercise.OfPoint) ExerciseRobustnessTest::recurse,
                        "threw java.lang.StackOverflowError"));
    }

    // A learner's answer that never stops recursing: the overflow is what the test is about.
    @SuppressWarnings("InfiniteRecursion")
    private static double recurse(double x, double mu, double sigma) {
        return recurse(x, mu, sigma) + 1;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenAnswers")
    void aBrokenAnswerFailsEveryCheckWithItsReason(String name, Exercise.OfPoint answer, String reason) {
        Report report = Exercise.run("01.1", answer);
        assertEquals(0, report.passes(), report::text);
        assertTrue(
                report.results().stream()
                        .allMatch(r ->
                                r.message().startsWith(reason) || r.message().contains(reason)),
                report::text);
    }

    @Test
    void nullIsReportedNotThrown() {
        Report report = Exercise.run("06.2", (java.util.function.Function<double[], double[]>) logits -> null);
        assertTrue(report.results().stream().allMatch(r -> r.message().startsWith("returned null")), report::text);
    }

    @Test
    void anEndlessLoopIsStoppedAndTheLaterChecksAreSkipped() throws InterruptedException {
        // the loop records the thread it runs on, so the test can see that very thread end
        AtomicReference<Thread> looping = new AtomicReference<>();
        // a block that cannot complete normally needs no return: this answer never returns
        DoubleUnaryOperator endless = k -> {
            looping.set(Thread.currentThread());
            while (true) {
                Thread.onSpinWait();
            }
        };
        Report report = Exercise.run("01.3", endless);
        String text = report.text();
        assertTrue(report.results().get(0).message().startsWith("did not finish within 2 s"), text);
        assertTrue(report.results().get(0).message().endsWith("it was stopped"), text);
        assertTrue(
                report.results().get(1).message().startsWith("not run, since the check 'k = 1' did not finish"), text);
        Thread thread = looping.get();
        assertNotNull(thread, "the endless loop never ran");
        // a deadline for the join, not a speed claim: a stopped thread ends at once, a live one never does
        thread.join(Duration.ofSeconds(30).toMillis());
        assertFalse(thread.isAlive(), "the check's thread " + thread.getName() + " still runs the loop");
    }

    @Test
    void whatTheAnswerPrintsIsCutShort() {
        DoubleUnaryOperator withinSigmas =
                (DoubleUnaryOperator) Catalogue.exercise("01.3").solution();
        DoubleUnaryOperator chatty = k -> {
            for (int i = 0; i < 10_000; i++) {
                System.out.println("step " + i);
            }
            return withinSigmas.applyAsDouble(k);
        };
        Report report = Exercise.run("01.3", chatty);
        assertTrue(report.allPass(), report::text);
        String printed = report.results().get(0).printed();
        assertTrue(printed.startsWith("printed 98890 characters: step 0 | step 1 |"), printed);
        assertTrue(printed.length() < 200, printed);
    }

    @Test
    void anUnknownIdOrAWrongShapeIsAnErrorNamingIt() {
        IllegalArgumentException unknown =
                assertThrows(IllegalArgumentException.class, () -> Exercise.run("09.9", (DoubleUnaryOperator) k -> k));
        assertTrue(unknown.getMessage().startsWith("id = 09.9 is not an exercise"), unknown.getMessage());
        IllegalArgumentException shape =
                assertThrows(IllegalArgumentException.class, () -> Exercise.run("03.1", (DoubleUnaryOperator) k -> k));
        assertTrue(
                shape.getMessage()
                        .contains("(double[] xs, double mu, double sigma) -> stableLogLikelihood(xs, mu, sigma)"),
                shape.getMessage());
    }

    @Test
    void aLambdaWithOtherParameterTypesIsAnErrorNamingTheForm() {
        // the same interface as 03.2's, so only the first call finds the float[] parameter
        IllegalArgumentException shape = assertThrows(
                IllegalArgumentException.class, () -> Exercise.run("03.2", (ToDoubleFunction<float[]>) a -> a.length));
        assertEquals(
                "exercise 03.2 takes a lambda of the form (double[] a) -> logSumExp(a),"
                        + " not one with other parameter types",
                shape.getMessage());
    }

    @Test
    void aClassCastInTheLearnersOwnCodeIsReportedPerCheck() {
        Object text = "not a number";
        Report report = Exercise.run("03.2", (ToDoubleFunction<double[]>) a -> (Double) text);
        assertEquals(0, report.passes(), report::text);
        assertTrue(
                report.results().stream().allMatch(r -> r.message().startsWith("threw java.lang.ClassCastException")),
                report::text);
    }

    @Test
    void everySolutionsTextIsItsMethod() {
        for (Definition<?, ?> exercise : Catalogue.all()) {
            String text = SolutionSource.of(exercise);
            assertTrue(text.matches("(?s)[\\w\\[\\]]+ " + exercise.solutionName() + "\\(.*\\) \\{\n.*\n}\n"), text);
            assertTrue(!text.contains("static "), text);
        }
    }
}
