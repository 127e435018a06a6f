package nll.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For every exercise: its solution passes every check, the notebook's stub fails, and each named mistake fails at
 * least one check with that mistake's hint.
 */
class ExerciseProofTest {

    @TestFactory
    Stream<DynamicNode> everyExercise() {
        return Catalogue.all().stream().map(ExerciseProofTest::proof);
    }

    private static <F, R> DynamicNode proof(Definition<F, R> exercise) {
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("the solution passes every check", () -> {
            Report report = Exercise.run(exercise.id(), exercise.solution());
            assertTrue(report.allPass(), report::text);
        }));
        tests.add(DynamicTest.dynamicTest("the stub fails every check as not done yet", () -> {
            Report report = Exercise.run(exercise.id(), stub(exercise));
            assertEquals(0, report.passes(), report::text);
            assertTrue(report.results().stream().allMatch(r -> r.message().startsWith("not done yet")), report::text);
            assertTrue(report.text().endsWith("0 of " + exercise.checks().size() + " checks pass"), report::text);
        }));
        for (Mistake<F> mistake : exercise.mistakes()) {
            tests.add(DynamicTest.dynamicTest("the mistake '" + mistake.name() + "' fails with its hint", () -> {
                Report report = Exercise.run(exercise.id(), mistake.wrongAnswer());
                assertFalse(report.allPass(), report::text);
                assertTrue(
                        report.results().stream().anyMatch(r -> r.message().endsWith("Hint: " + mistake.hint())),
                        report::text);
            }));
        }
        return DynamicContainer.dynamicContainer(exercise.id() + " " + exercise.title(), tests);
    }

    /** What the notebook's learner cell holds before it is done: a method that throws "not done yet". */
    static Object stub(Definition<?, ?> exercise) {
        return Proxy.newProxyInstance(
                exercise.type().getClassLoader(), new Class<?>[] {exercise.type()}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException("not done yet: " + exercise.solutionName());
                });
    }
}
