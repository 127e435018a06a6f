package nll.exercise;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.engine.JupiterTestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.opentest4j.AssertionFailedError;

/**
 * Runs a submission's checks as JUnit 5 tests through the JUnit Platform launcher.
 * <p>
 * The launcher is given the Jupiter engine and the test class directly instead of finding them by service loading
 * and class name: inside a notebook kernel this library lives in a class loader of its own, and a test run inside
 * another test run (this library's own tests) must not pick up the outer run's configuration.
 */
final class CheckRunner {

    private CheckRunner() {}

    /**
     * @throws IllegalArgumentException if the answer's lambda has the exercise's interface but other parameter types
     */
    static <F, R> Report run(Definition<F, R> exercise, F answer) {
        Submission<F, R> submission = new Submission<>(exercise, answer);
        Results results = new Results(submission);
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(ExerciseTests.class))
                .enableImplicitConfigurationParameters(false)
                .build();
        ExerciseTests.SUBMISSION.set(submission);
        try {
            launcher().execute(request, results);
        } finally {
            ExerciseTests.SUBMISSION.remove();
        }
        if (submission.hasOtherParameterTypes()) {
            throw new IllegalArgumentException(exercise.shape() + ", not one with other parameter types");
        }
        if (results.list.size() != exercise.checks().size()) {
            throw new IllegalStateException("exercise " + exercise.id() + " ran " + results.list.size() + " of its "
                    + exercise.checks().size() + " checks" + results.containerFailure);
        }
        return new Report(exercise.id() + " " + exercise.title(), results.list);
    }

    private static Launcher launcher() {
        return LauncherFactory.create(LauncherConfig.builder()
                .enableTestEngineAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .enableTestExecutionListenerAutoRegistration(false)
                .addTestEngines(new JupiterTestEngine())
                .build());
    }

    /** Collects one result per dynamic test, in the order the checks ran. */
    private static final class Results implements TestExecutionListener {
        private final Submission<?, ?> submission;
        private final List<CheckResult> list = new ArrayList<>();
        private String containerFailure = "";

        Results(Submission<?, ?> submission) {
            this.submission = submission;
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (!test.isTest()) {
                result.getThrowable().ifPresent(t -> containerFailure += ": " + t);
                return;
            }
            String label = test.getDisplayName();
            boolean passed = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
            String message = passed
                    ? ""
                    : result.getThrowable().map(CheckRunner::describe).orElse("failed");
            list.add(new CheckResult(label, passed, message, submission.printedDuring(label)));
        }
    }

    /** A failed check's message; for code that threw, the exception, as a learner reads it. */
    private static String describe(Throwable failure) {
        if (failure instanceof AssertionFailedError) {
            return failure.getMessage();
        }
        String message = failure.getMessage();
        if (failure instanceof UnsupportedOperationException && message != null && message.startsWith("not done yet")) {
            return message;
        }
        return "threw " + failure.getClass().getName() + (message == null ? "" : ": " + message);
    }
}
