package nll.kernel;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import nll.kernel.comm.Comms;
import nll.kernel.comm.WidgetModels;
import nll.kernel.install.KernelspecInstaller;
import nll.kernel.protocol.KernelConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * {@code java -jar nll-notebooks-kernel.jar CONNECTION_FILE} runs the kernel (Jupyter does this);
 * {@code java -jar nll-notebooks-kernel.jar install [options]} installs its kernelspec.
 */
public final class Main {

    private static final String USAGE = """
            usage: java -jar nll-notebooks-kernel.jar install [--data-dir DIR | --user | --sys-prefix | --prefix PREFIX]
                   java -jar nll-notebooks-kernel.jar CONNECTION_FILE   (run by Jupyter)\
            """;

    private Main() {}

    public static void main(String[] args) throws Exception {
        // jjava logs through SLF4J and the kernel ships no SLF4J provider, so its logging is off; this keeps
        // SLF4J's three-line notice about that out of every kernel start in Jupyter's log.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        if (args.length >= 1 && args[0].equals("install")) {
            System.exit(KernelspecInstaller.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length == 1 && args[0].equals(KernelspecInstaller.WARM_UP_COMMAND)) {
            WarmUp.run();
            return;
        }
        if (args.length != 1 || args[0].startsWith("-")) {
            System.err.println(USAGE);
            System.exit(2);
        }
        runKernel(Path.of(args[0]));
    }

    private static void runKernel(Path connectionFile) throws Exception {
        // Charts are drawn into images; no display is needed, or wanted, for that.
        System.setProperty("java.awt.headless", "true");
        JavaKernel kernel = JavaKernel.create(Path.of("").toAbsolutePath());
        KernelConnectionProperties properties = KernelConnectionProperties.parse(Files.readString(connectionFile));
        // Standard error as Jupyter started the kernel is the kernel's log (Jupyter's terminal).
        PrintStream log = System.err;
        KernelConnection connection = new KernelConnection(properties, log);
        // Handlers are in place before any socket is bound, so no request can arrive unhandled.
        kernel.becomeHandlerForConnection(connection);
        Consumer<String> commLog = line -> log.println("nll-notebooks kernel: " + line);
        WidgetBridge.install(WidgetModels.install(Comms.install(connection, commLog), commLog));
        // For the kernel's whole life, so that threads a cell starts print into the notebook too.
        System.setOut(connection.streams().out());
        System.setErr(connection.streams().err());
        kernel.onStartup();
        try {
            connection.connect();
        } catch (RuntimeException e) {
            // A port Jupyter chose can be taken before the kernel binds it. Exiting at once lets Jupyter report
            // a dead kernel (and restart it) instead of waiting out its start-up timeout for a kernel whose
            // other threads would keep the JVM alive.
            log.println("nll-notebooks kernel: cannot bind the ports in " + connectionFile + ": " + e);
            System.exit(1);
        }
        connection.waitUntilClose();
        // Threads a notebook started must not keep a shut-down kernel alive.
        System.exit(0);
    }
}
