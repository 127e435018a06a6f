package nll.kernel.comm;

import com.google.gson.JsonObject;
import java.util.List;

/** A comm target: what the kernel does when the front end opens a comm on it. */
@FunctionalInterface
public interface CommTarget {

    /**
     * The front end opened {@code comm} on this target.
     *
     * @return the comm's listener, or null to refuse the comm (the kernel then closes it)
     */
    Comm.Listener opened(Comm comm, JsonObject data, List<byte[]> buffers);
}
