package nll.kernel.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class InstallLocationTest {

    private static final Path PROJECT = Path.of("/work/project");

    private static Path dataDir(List<String> args, Map<String, String> env) {
        return InstallLocation.parse(args, PROJECT, env).dataDirectory();
    }

    @Test
    void theDefaultIsAProjectLocalDataDirectory() {
        InstallLocation location = InstallLocation.parse(List.of(), PROJECT, Map.of());
        assertEquals(Path.of("/work/project/.jupyter-local"), location.dataDirectory());
        assertTrue(location.usage().contains("JUPYTER_PATH=/work/project/.jupyter-local jupyter notebook"), location.usage());
    }

    @Test
    void dataDirAndPrefixAreResolvedAgainstTheWorkingDirectory() {
        assertEquals(Path.of("/work/project/build/jd"), dataDir(List.of("--data-dir", "build/jd"), Map.of()));
        assertEquals(Path.of("/tmp/jd"), dataDir(List.of("--data-dir", "/tmp/jd"), Map.of()));
        // Jupyter's layout for a prefix: PREFIX/share/jupyter.
        assertEquals(Path.of("/opt/env/share/jupyter"), dataDir(List.of("--prefix", "/opt/env"), Map.of()));
        assertEquals(Path.of("/work/env/share/jupyter"), dataDir(List.of("--prefix", "../env"), Map.of()));
    }

    @Test
    void userFollowsJupytersRules() {
        // jupyter_core: JUPYTER_DATA_DIR wins; on Linux XDG_DATA_HOME/jupyter, else ~/.local/share/jupyter.
        assertEquals(Path.of("/data/jupyter-user"), dataDir(List.of("--user"), Map.of("JUPYTER_DATA_DIR", "/data/jupyter-user")));
        if (System.getProperty("os.name").startsWith("Linux")) {
            assertEquals(Path.of("/xdg/jupyter"), dataDir(List.of("--user"), Map.of("XDG_DATA_HOME", "/xdg")));
            assertEquals(Path.of(System.getProperty("user.home"), ".local", "share", "jupyter"), dataDir(List.of("--user"), Map.of()));
        }
    }

    @Test
    void sysPrefixNeedsJupyterOnThePath() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> dataDir(List.of("--sys-prefix"), Map.of("PATH", "/nonexistent/bin")));
        assertEquals("--sys-prefix: 'jupyter' is not on PATH (/nonexistent/bin); install Jupyter or use --prefix PREFIX",
                error.getMessage());
    }

    @Test
    void badOptionsAreRejectedWithTheReason() {
        assertEquals("unknown option '--global'",
                assertThrows(IllegalArgumentException.class, () -> dataDir(List.of("--global"), Map.of())).getMessage());
        assertEquals("--data-dir needs a directory",
                assertThrows(IllegalArgumentException.class, () -> dataDir(List.of("--data-dir"), Map.of())).getMessage());
        assertEquals("expected at most one location option, got [--user, --sys-prefix]",
                assertThrows(IllegalArgumentException.class, () -> dataDir(List.of("--user", "--sys-prefix"), Map.of())).getMessage());
    }
}
