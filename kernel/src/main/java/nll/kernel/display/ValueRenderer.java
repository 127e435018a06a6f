package nll.kernel.display;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;

/**
 * jjava's renderer registry (render functions found by the value's class and interfaces, extensions may add
 * their own), with a {@code text/plain} fallback that stays the same from run to run; see {@link PlainText}.
 */
public final class ValueRenderer extends Renderer {

    @Override
    protected DisplayData finalizeDisplayData(DisplayData data, Object value) {
        if (!data.hasDataForType(MIMEType.TEXT_PLAIN)) {
            data.putText(PlainText.of(value));
        }
        return data;
    }
}
