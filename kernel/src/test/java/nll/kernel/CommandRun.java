package nll.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A command the end-to-end tests run (the installer, nbconvert, a jupyter_client script): its exit and output. */
record CommandRun(int exit, String output) {

    /** Runs {@code command} in {@code dir} with {@code environment} added, stdout and stderr together, for 5 min. */
    static CommandRun of(Path dir, Map<String, String> environment, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within 5 minutes");
        }
        return new CommandRun(process.exitValue(), new String(output, StandardCharsets.UTF_8));
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
