package nll.kernel;

import java.nio.file.Path;
import java.util.List;
import nll.kernel.traceback.CellException;

/**
 * Runs typical cells once without Jupyter: a value, a declaration, a compile error, an exception and an image.
 * The installer runs this with {@code -XX:ArchiveClassesAtExit} so the JVM records the classes a kernel session
 * loads into a class-data-sharing archive, which later kernel starts map instead of loading class by class.
 */
final class WarmUp {

    private static final List<String> CELLS = List.of(
            "int n = 3;\ndouble mean(double[] xs) { return Arrays.stream(xs).average().orElseThrow(); }\nmean(new double[] {1, 2, n})",
            "String.format(java.util.Locale.ROOT, \"%.3f\", Math.log(0.5))",
            "undefinedName + 1",
            "Integer.parseInt(\"x\")",
            "var image = new java.awt.image.BufferedImage(80, 50, java.awt.image.BufferedImage.TYPE_INT_RGB);\n"
                    + "image.createGraphics().drawLine(0, 0, 79, 49);\nimage");

    private WarmUp() {}

    static void run() {
        System.setProperty("java.awt.headless", "true");
        JavaKernel kernel = JavaKernel.create(Path.of("").toAbsolutePath());
        kernel.onStartup();
        try {
            for (String cell : CELLS) {
                try {
                    kernel.eval(cell);
                } catch (CellException expected) {
                    // Formatting the error loads the classes a failing cell needs, too.
                    kernel.formatError(expected);
                }
            }
        } finally {
            kernel.onShutdown(false);
        }
    }
}
