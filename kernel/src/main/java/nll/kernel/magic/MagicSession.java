package nll.kernel.magic;

import java.nio.file.Path;
import java.util.List;
import nll.kernel.eval.Variable;

/** What a magic may do to the kernel's session; the kernel implements it. */
public interface MagicSession {

    /** The notebook's directory, against which magics resolve relative paths. */
    Path workingDirectory();

    /** Adds jars or class directories for the compiler and the cells' class loader, then installs their extensions. */
    void addToClasspath(List<Path> locations);

    /** The variables the session's cells have defined and can still use. */
    List<Variable> variables();

    /** Runs code and magics as a cell would; {@code place} names it in errors. Returns the value of its last part. */
    Object run(String code, String place);
}
