package nll.notebooks.runner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nll.process.Command;

/** The project's kernel, installed once per test run into a Jupyter data directory under target/. */
final class ProjectKernel {
    static final Path KERNEL_JAR = Path.of("../kernel/target/nll-notebooks-kernel.jar");
    static final Path DATA_DIR = Path.of("target/jupyter-kernel");
    static final Path WORK_DIR = Path.of("target/jupyter-work");

    private static Jupyter jupyter;

    private ProjectKernel() {}

    /** Installs the kernel (on first use) and returns Jupyter set up to run it. */
    static synchronized Jupyter jupyter() {
        if (jupyter == null) {
            install(DATA_DIR);
            jupyter = Jupyter.locate(DATA_DIR, WORK_DIR);
        }
        return jupyter;
    }

    static void install(Path dataDir) {
        if (!Files.isRegularFile(KERNEL_JAR)) {
            throw new IllegalStateException(KERNEL_JAR.toAbsolutePath()
                    + " is missing: run the tests with `mvn verify` from the project's root");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Command.of(
                        java.toString(),
                        "-jar",
                        KERNEL_JAR.toString(),
                        "install",
                        "--data-dir",
                        dataDir.toAbsolutePath().toString())
                .errorsInOutput()
                .run(Duration.ofMinutes(2))
                .requireSuccess();
    }
}
