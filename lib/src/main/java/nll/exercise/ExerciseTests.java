package nll.exercise;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The JUnit Jupiter test class every exercise runs as: one dynamic test per check of the submission being run.
 * {@link CheckRunner} hands it the submission and launches it through the JUnit Platform.
 */
final class ExerciseTests {

    /** The submission under test; set by {@link CheckRunner} on the thread that runs the launcher. */
    static final ThreadLocal<Submission<?, ?>> SUBMISSION = new ThreadLocal<>();

    @TestFactory
    Stream<DynamicTest> checks() {
        Submission<?, ?> submission = SUBMISSION.get();
        if (submission == null) {
            throw new IllegalStateException("ExerciseTests runs only through Exercise.check");
        }
        return submission.tests();
    }
}
