package nll.notebooks.runner;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The project's kernel, installed once per test run into a Jupyter data directory under target/. */
final class ProjectKernel {
    static final Path KERNEL_JAR = Path.of("../kernel/target/nll-notebooks-kernel.jar");
    static final Path DATA_DIR = Path.of("target/jupyter-kernel");
    static final Path WORK_DIR = Path.of("target/jupyter-work");

    private static Jupyter jupyter;

    private ProjectKernel() {
    }

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
            throw new IllegalStateException(KERNEL_JAR.toAbsolutePath() + " is missing: run the tests with `mvn verify` from the project's root");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder install = new ProcessBuilder(java.toString(), "-jar", KERNEL_JAR.toString(),
                "install", "--data-dir", dataDir.toAbsolutePath().toString()).redirectErrorStream(true);
        try {
            Process process = install.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("installing the kernel failed:\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run the kernel installer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The Python that {@code jupyter} runs on, found as the runner finds Jupyter ({@code JUPYTER}, else
     * {@code jupyter} on PATH): the interpreter on the {@code #!} line of its script, so a script run with it imports
     * Jupyter's own packages (nbclient, nbformat); {@code python3} for a launcher without such a line.
     */
    static String python(Jupyter jupyter) {
        Path found = Path.of(jupyter.executable());
        if (!found.isAbsolute()) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path candidate = Path.of(dir, jupyter.executable());
                if (Files.isExecutable(candidate)) {
                    found = candidate;
                    break;
                }
            }
        }
        try (BufferedReader reader = Files.newBufferedReader(found, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            if (first != null && first.startsWith("#!")) {
                String[] words = first.substring(2).strip().split("\\s+");
                // "#!/usr/bin/env python3" names the interpreter in its second word.
                return words[0].endsWith("/env") && words.length > 1 ? words[1] : words[0];
            }
        } catch (IOException e) {
            // A binary launcher, with no #! line to read: the python3 on PATH.
        }
        return "python3";
    }
}
