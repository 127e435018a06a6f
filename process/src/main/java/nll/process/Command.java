package nll.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A command to run: its arguments, working directory and added environment, immutable.
 * <p>
 * {@link #run(Duration)} sends standard output and standard error to temporary files, never to pipes: a child that
 * fills a pipe nobody reads, or a grandchild that keeps one open after the child exits, cannot block the caller, so
 * the timeout always fires. When it fires, the command's descendants are killed first (they are found through the
 * command's process, which must still be alive), then the command itself.
 */
public final class Command {

    private final List<String> arguments;
    private final Path directory;
    private final Map<String, String> environment;
    private final boolean inheritsEnvironment;
    private final boolean errorsInOutput;
    private final Path input;

    private Command(
            List<String> arguments,
            Path directory,
            Map<String, String> environment,
            boolean inheritsEnvironment,
            boolean errorsInOutput,
            Path input) {
        this.arguments = arguments;
        this.directory = directory;
        this.environment = environment;
        this.inheritsEnvironment = inheritsEnvironment;
        this.errorsInOutput = errorsInOutput;
        this.input = input;
    }

    /** The command {@code program argument...}, run in the current directory with the inherited environment. */
    public static Command of(String program, String... arguments) {
        List<String> all = new ArrayList<>();
        all.add(program);
        all.addAll(List.of(arguments));
        return of(all);
    }

    /** The command whose program and arguments are {@code arguments}; fails if it is empty or holds a null. */
    public static Command of(List<String> arguments) {
        Objects.requireNonNull(arguments, "arguments");
        if (arguments.isEmpty()) {
            throw new IllegalArgumentException("a command needs at least a program, got no arguments");
        }
        return new Command(List.copyOf(arguments), null, Map.of(), true, false, null);
    }

    /** This command run in {@code directory}. */
    public Command in(Path directory) {
        return new Command(
                arguments,
                Objects.requireNonNull(directory, "directory"),
                environment,
                inheritsEnvironment,
                errorsInOutput,
                input);
    }

    /** This command with {@code variables} added to (or replacing those of) the inherited environment. */
    public Command with(Map<String, String> variables) {
        Map<String, String> merged = new LinkedHashMap<>(environment);
        merged.putAll(Objects.requireNonNull(variables, "variables"));
        return new Command(arguments, directory, Map.copyOf(merged), inheritsEnvironment, errorsInOutput, input);
    }

    /** This command with exactly {@code variables} as its environment: nothing is inherited from this process. */
    public Command withOnly(Map<String, String> variables) {
        return new Command(
                arguments,
                directory,
                Map.copyOf(Objects.requireNonNull(variables, "variables")),
                false,
                errorsInOutput,
                input);
    }

    /** This command with {@code name=value} added to the inherited environment. */
    public Command with(String name, String value) {
        return with(Map.of(name, value));
    }

    /** This command with its standard error written, interleaved, into its standard output. */
    public Command errorsInOutput() {
        return new Command(arguments, directory, environment, inheritsEnvironment, true, input);
    }

    /** This command with its standard input read from {@code file}. */
    public Command input(Path file) {
        return new Command(
                arguments,
                directory,
                environment,
                inheritsEnvironment,
                errorsInOutput,
                Objects.requireNonNull(file, "file"));
    }

    /** The program and its arguments. */
    public List<String> arguments() {
        return arguments;
    }

    /**
     * Runs the command and waits for it at most {@code timeout}.
     *
     * @return its exit code and output, whatever the exit code
     * @throws CommandTimeoutException if it ran longer (it and its descendants are then killed)
     * @throws UncheckedIOException    if it cannot be started (no such program, say)
     * @throws IllegalStateException   if this thread is interrupted while waiting (the command is killed as on a
     *                                 timeout, and the thread's interrupt flag is set again)
     */
    public CommandResult run(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        Path stdout = null;
        Path stderr = null;
        try {
            stdout = Files.createTempFile("command", ".out");
            stderr = Files.createTempFile("command", ".err");
            ProcessBuilder builder = new ProcessBuilder(arguments).redirectOutput(stdout.toFile());
            if (errorsInOutput) {
                builder.redirectErrorStream(true);
            } else {
                builder.redirectError(stderr.toFile());
            }
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            if (input != null) {
                builder.redirectInput(input.toFile());
            }
            if (!inheritsEnvironment) {
                builder.environment().clear();
            }
            builder.environment().putAll(environment);
            Process process = start(builder);
            try {
                if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                    killWithDescendants(process);
                    throw new CommandTimeoutException(arguments, timeout, read(stdout) + read(stderr));
                }
            } catch (InterruptedException e) {
                killWithDescendants(process);
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while running `" + String.join(" ", arguments) + "`", e);
            }
            return new CommandResult(arguments, process.exitValue(), read(stdout), read(stderr));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot capture the output of `" + String.join(" ", arguments) + "`", e);
        } finally {
            deleteQuietly(stdout);
            deleteQuietly(stderr);
        }
    }

    private Process start(ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot run `" + String.join(" ", arguments) + "`" + (directory == null ? "" : " in " + directory)
                            + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * Kills the descendants while the command is alive (once it is gone they are no longer its descendants), then
     * the command, and waits for the command to be reaped so that its output files are complete.
     */
    private static void killWithDescendants(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        boolean interrupted = false;
        while (process.isAlive()) {
            try {
                // A killed process cannot refuse to exit; this waits only for the system to reap it.
                process.waitFor();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A temporary file left behind harms no later run; the command's own outcome matters more.
            }
        }
    }

    @Override
    public String toString() {
        return String.join(" ", arguments);
    }
}
