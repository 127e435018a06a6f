package nll.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
}
