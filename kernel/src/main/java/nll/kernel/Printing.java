package nll.kernel;

/** IJava's {@code printf} helper, which a cell can call without qualification (the kernel imports it statically). */
public final class Printing {

    private Printing() {}

    /** {@code System.out.printf(format, args)}, in the JVM's default locale, as in IJava. */
    public static void printf(String format, Object... args) {
        System.out.printf(format, args);
    }
}
