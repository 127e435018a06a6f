package nll.kernel.install;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nll.kernel.KernelIdentity;
import nll.process.Command;
import nll.process.CommandResult;
import nll.process.CommandTimeoutException;

/**
 * Installs the kernelspec {@code java} into a Jupyter data directory: {@code kernels/java/kernel.json} plus a copy
 * of the kernel jar, so that cleaning the build does not break an installed kernel.
 * <p>
 * The kernel runs on the {@code java} that ran the install. The install also records a class-data-sharing archive
 * of the classes a kernel session loads (see {@code WarmUp}); a kernel start maps it instead of loading and
 * verifying those classes one by one.
 */
public final class KernelspecInstaller {

    /** The command that runs typical cells once, used to record the class-data-sharing archive. */
    public static final String WARM_UP_COMMAND = "warm-up";

    /** The warm-up cells take a few seconds; a JVM that cannot finish them in minutes records no archive. */
    private static final Duration WARM_UP_TIMEOUT = Duration.ofMinutes(5);

    static final String JAR_NAME = "nll-notebooks-kernel.jar";
    static final String ARCHIVE_NAME = "nll-notebooks-kernel.jsa";

    /**
     * JVM options for a kernel: the serial collector starts fastest and suits one notebook's single-threaded
     * work; UTF-8 and an English locale make printed numbers and text the same on every machine. The JIT is left at
     * full tiered compilation, for a learner's own loops (see kernel/README.md, "JIT flags"); the headless notebook
     * suite adds {@code -XX:TieredStopAtLevel=1} through {@code JDK_JAVA_OPTIONS}, where C1 only pays.
     */
    static final List<String> JVM_OPTIONS = List.of(
            "-XX:+UseSerialGC",
            "-Djava.awt.headless=true",
            "-Dfile.encoding=UTF-8",
            "-Duser.language=en",
            "-Duser.country=US");

    private KernelspecInstaller() {}

    /** Runs the install command; returns the process exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        InstallLocation location;
        try {
            location = InstallLocation.parse(List.of(args), Path.of("").toAbsolutePath(), System.getenv());
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("usage: java -jar " + JAR_NAME
                    + " install [--data-dir DIR | --user | --sys-prefix | --prefix PREFIX]");
            return 2;
        }
        try {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java").toAbsolutePath();
            Path specDir = install(location.dataDirectory(), runningJar(), java);
            out.println("Installed the Jupyter kernel '" + KernelIdentity.KERNELSPEC_NAME + "' ("
                    + KernelIdentity.displayName() + ") into " + specDir);
            out.println("It runs on " + java);
            out.println(location.usage());
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("install failed: " + e.getMessage());
            return 1;
        }
    }

    /** Writes the kernelspec into {@code dataDirectory}/kernels/java and returns that directory. */
    static Path install(Path dataDirectory, Path kernelJar, Path java) throws IOException {
        Path specDir = dataDirectory
                .resolve("kernels")
                .resolve(KernelIdentity.KERNELSPEC_NAME)
                .toAbsolutePath()
                .normalize();
        Files.createDirectories(specDir);
        Path jar = specDir.resolve(JAR_NAME);
        // Copy, then rename: a kernel that is running from the old jar keeps reading the old file.
        Path partial = Files.createTempFile(specDir, JAR_NAME, ".partial");
        Files.copy(kernelJar, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        Path archive = specDir.resolve(ARCHIVE_NAME);
        Files.deleteIfExists(archive);
        boolean sharing = recordClassArchive(java, jar, archive, specDir);

        List<String> argv = new ArrayList<>();
        argv.add(java.toString());
        argv.addAll(JVM_OPTIONS);
        if (sharing) {
            argv.add("-XX:SharedArchiveFile=" + archive);
        }
        argv.addAll(List.of("-jar", jar.toString(), "{connection_file}"));

        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("argv", argv);
        spec.put("display_name", KernelIdentity.displayName());
        spec.put("language", "java");
        // Jupyter's default, a SIGINT, would end the JVM; a message lets the kernel stop just the cell.
        spec.put("interrupt_mode", "message");
        spec.put("env", Map.of());
        spec.put("metadata", Map.of("kernel_version", KernelIdentity.version()));
        String json = new GsonBuilder()
                .setPrettyPrinting()
                .disableHtmlEscaping()
                .create()
                .toJson(spec);
        Files.writeString(specDir.resolve("kernel.json"), json + "\n", StandardCharsets.UTF_8);
        return specDir;
    }

    /** Runs the warm-up cells with the archive being recorded; false if this JVM could not record one. */
    private static boolean recordClassArchive(Path java, Path jar, Path archive, Path workingDirectory) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(JVM_OPTIONS);
        // The archive records which classes were loaded, not how they were compiled, so C1 alone is enough here,
        // and it makes the warm-up a third cheaper than full tiered compilation.
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-jar", jar.toString(), WARM_UP_COMMAND));
        try {
            CommandResult warmUp =
                    Command.of(command).in(workingDirectory).errorsInOutput().run(WARM_UP_TIMEOUT);
            return warmUp.succeeded() && Files.isRegularFile(archive);
        } catch (CommandTimeoutException | IllegalStateException e) {
            // No archive: the kernel still starts, only without class-data sharing.
            return false;
        }
    }

    private static Path runningJar() {
        try {
            Path location = Path.of(KernelspecInstaller.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (!Files.isRegularFile(location) || !location.toString().endsWith(".jar")) {
                throw new IllegalStateException("install must run from the kernel jar (java -jar " + JAR_NAME
                        + " install), not from " + location);
            }
            return location;
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException("cannot locate the kernel jar", e));
        }
    }
}
