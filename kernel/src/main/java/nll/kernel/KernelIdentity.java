package nll.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The kernel's names and version, as Jupyter shows them. */
public final class KernelIdentity {

    /** The kernelspec name IJava and JJava install too, so notebook metadata stays standard. */
    public static final String KERNELSPEC_NAME = "java";

    /** The implementation name in Jupyter's kernel_info reply. */
    public static final String IMPLEMENTATION = "nll-notebooks-kernel";

    private KernelIdentity() {}

    /** The Maven version of this kernel, written into the jar at build time. */
    public static String version() {
        try (InputStream in = KernelIdentity.class.getResourceAsStream("kernel.properties")) {
            if (in == null) {
                throw new IllegalStateException("kernel.properties is missing from the kernel's class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The name Jupyter lists the kernel under and writes into a saved notebook's metadata. It is the name the
     * committed notebooks carry and holds no Java or kernel version, so saving a notebook after an upgrade
     * changes nothing in it.
     */
    public static String displayName() {
        return "Java";
    }
}
