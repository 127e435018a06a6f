package nll.notebooks.runner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nll.process.CommandResult;
import org.junit.jupiter.api.Test;

/**
 * The committed widget extension (nbextension/nll-widgets/extension.js, which ./run installs without Node.js) is
 * what nbextension/build.mjs makes from its sources and the npm packages of package-lock.json today.
 */
class NbextensionBundleEndToEndTest {
    private static final Path BUILD = NodeTools.PROJECT.resolve("nbextension/build.mjs");
    private static final Path COMMITTED = NodeTools.PROJECT.resolve("nbextension/nll-widgets/extension.js");
    private static final Path FRESH = Path.of("target/nbextension/extension.js");

    @Test
    void theCommittedBundleIsWhatTheSourcesBuild() throws IOException {
        NodeTools.requireNodeAndPackages("esbuild");
        CommandResult build =
                NodeTools.node(List.of(BUILD.toString(), FRESH.toAbsolutePath().toString()), 300);
        assertEquals(0, build.exitCode(), "the build failed:\n" + build.output());
        assertArrayEquals(
                Files.readAllBytes(COMMITTED),
                Files.readAllBytes(FRESH),
                "nbextension/nll-widgets/extension.js is not what its sources build: run `node nbextension/build.mjs`"
                        + " and commit the result");
    }
}
