package nll.process;

import java.util.List;

/**
 * What a finished command printed and how it exited.
 *
 * @param command  the command and its arguments
 * @param exitCode the exit code
 * @param stdout   its standard output (with its standard error too, when the command merged them)
 * @param stderr   its standard error, empty when merged into {@code stdout}
 */
public record CommandResult(List<String> command, int exitCode, String stdout, String stderr) {

    public CommandResult {
        command = List.copyOf(command);
    }

    /** Standard output followed by standard error. */
    public String output() {
        return stdout + stderr;
    }

    /** True when the command exited with 0. */
    public boolean succeeded() {
        return exitCode == 0;
    }

    /** This result if the command exited with 0; otherwise an exception naming the command, its exit and output. */
    public CommandResult requireSuccess() {
        if (!succeeded()) {
            throw new IllegalStateException(
                    "`" + String.join(" ", command) + "` exited with " + exitCode + ":\n" + output());
        }
        return this;
    }
}
