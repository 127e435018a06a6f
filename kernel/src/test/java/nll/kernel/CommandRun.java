package nll.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nll.process.Command;
import nll.process.CommandResult;
import nll.process.Programs;

/** A command the end-to-end tests run (the installer, nbconvert, a jupyter_client script): its exit and output. */
record CommandRun(int exit, String output) {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    /**
     * Runs {@code command} in {@code dir} with {@code environment} added, stdout and stderr together; a run past
     * 5 minutes is killed with its descendants and fails the test.
     */
    static CommandRun of(Path dir, Map<String, String> environment, String... command) {
        CommandResult result = Command.of(List.of(command))
                .in(dir)
                .with(environment)
                .errorsInOutput()
                .run(TIMEOUT);
        return new CommandRun(result.exitCode(), result.stdout());
    }

    /** The Python that runs Jupyter (found as the runner finds it: JUPYTER, then PATH) with {@code arguments}. */
    static String[] python(String... arguments) {
        List<String> command = new ArrayList<>(Programs.jupyterPython());
        command.addAll(List.of(arguments));
        return command.toArray(String[]::new);
    }

    /**
     * Copies the end-to-end script {@code name} from this package's resources into {@code dir}, with the
     * {@code kernel_session.py} it imports, unless they are there already; returns the script's path.
     */
    static Path script(Path dir, String name) throws IOException {
        for (String file : new String[] {"kernel_session.py", name}) {
            Path target = dir.resolve(file);
            if (!Files.exists(target)) {
                try (InputStream in = CommandRun.class.getResourceAsStream(file)) {
                    if (in == null) {
                        throw new IllegalStateException("no test resource " + file + " in nll/kernel");
                    }
                    Files.copy(in, target);
                }
            }
        }
        return dir.resolve(name);
    }
}
