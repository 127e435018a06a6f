package nll.kernel.display;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;

/**
 * jjava's renderer registry (render functions found by the value's class and interfaces, extensions may add
 * their own), with a {@code text/plain} fallback that stays the same from run to run; see {@link PlainText}.
 */
public final class ValueRenderer extends Renderer {

    /**
     * A cell's value as display data: the value itself if it is display data already, else its rendering.
     *
     * @throws RenderingException if rendering fails, for example because the value's {@code toString()} throws
     */
    public DisplayData renderValue(Object value) {
        if (value instanceof DisplayData data) {
            return data;
        }
        try {
            return render(value);
        } catch (RuntimeException | Error e) {
            // An Error (a StackOverflowError in a toString(), say) must not reach the shell loop unanswered.
            throw new RenderingException(e);
        }
    }

    @Override
    protected DisplayData finalizeDisplayData(DisplayData data, Object value) {
        if (!data.hasDataForType(MIMEType.TEXT_PLAIN)) {
            data.putText(PlainText.of(value));
        }
        return data;
    }
}
