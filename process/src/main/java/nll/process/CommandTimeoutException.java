package nll.process;

import java.time.Duration;
import java.util.List;

/** A command ran past its timeout; it and its descendants were killed. Carries what it had printed by then. */
public final class CommandTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> command;
    private final transient Duration timeout;
    private final String partialOutput;

    CommandTimeoutException(List<String> command, Duration timeout, String partialOutput) {
        super("`" + String.join(" ", command) + "` did not finish within " + describe(timeout)
                + "; it was killed with its descendants. Its output until then:\n" + partialOutput);
        this.command = List.copyOf(command);
        this.timeout = timeout;
        this.partialOutput = partialOutput;
    }

    /** The command and its arguments. */
    public List<String> command() {
        return command;
    }

    /** The timeout it ran past. */
    public Duration timeout() {
        return timeout;
    }

    /** Standard output then standard error, as far as the command had written them when it was killed. */
    public String partialOutput() {
        return partialOutput;
    }

    static String describe(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }
}
