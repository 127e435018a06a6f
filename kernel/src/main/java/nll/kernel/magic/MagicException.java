package nll.kernel.magic;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nll.kernel.traceback.CellException;
import nll.kernel.traceback.Traceback;
import nll.kernel.traceback.Traceback.Fault;

/** A line or cell magic failed, for example {@code %jars} with a path that matches nothing. */
public final class MagicException extends CellException {

    /**
     * The magics' messages start with the magic's name and a colon ({@code %jars: no file matches 'x.jar'}); that
     * name is then the heading. A message written as a sentence ({@code %jars needs at least one path}) is all
     * heading.
     */
    private static final Pattern NAMED = Pattern.compile("(%%?\\w+): (.*)", Pattern.DOTALL);

    private MagicException(Traceback traceback) {
        super(traceback.firstLine(), traceback);
    }

    /** The magic written as {@code magic} ({@code %jars}) failed with {@code failure}. */
    static MagicException failed(String magic, Throwable failure) {
        String text = failure.getMessage() == null ? magic + " failed: " + failure : failure.getMessage();
        Matcher named = NAMED.matcher(text);
        Fault fault = named.matches() ? Fault.line(named.group(1), named.group(2)) : Fault.line(text, null);
        return new MagicException(Traceback.of(fault));
    }

    /** No magic is called {@code magic}: say where it was written and which magics there are. */
    static MagicException unknown(String magic, String place, int line, List<String> known) {
        return new MagicException(Traceback.of(Fault.line(
                "unknown magic " + magic + " (" + place + ", line " + line + "); known line magics: "
                        + String.join(", ", known),
                null)));
    }
}
