package nll.kernel.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallLocationTest {

    private static final Path PROJECT = Path.of("/work/project");

    private static Path dataDir(List<String> args, Map<String, String> env) {
        return InstallLocation.parse(args, PROJECT, env).dataDirectory();
    }

    @Test
    void theDefaultIsAProjectLocalDataDirectory() {
        InstallLocation location = InstallLocation.parse(List.of(), PROJECT, Map.of());
        assertEquals(Path.of("/work/project/.jupyter-local"), location.dataDirectory());
        assertTrue(
                location.usage().contains("JUPYTER_PATH=/work/project/.jupyter-local jupyter notebook"),
                location.usage());
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
        assertEquals(
                Path.of("/data/jupyter-user"),
                dataDir(List.of("--user"), Map.of("JUPYTER_DATA_DIR", "/data/jupyter-user")));
        if (System.getProperty("os.name").startsWith("Linux")) {
            assertEquals(Path.of("/xdg/jupyter"), dataDir(List.of("--user"), Map.of("XDG_DATA_HOME", "/xdg")));
            assertEquals(
                    Path.of(System.getProperty("user.home"), ".local", "share", "jupyter"),
                    dataDir(List.of("--user"), Map.of()));
        }
    }

    @Test
    void sysPrefixAsksThePythonThatRunsJupyter(@TempDir Path bin) throws Exception {
        // A stand-in for Python that answers the sys.prefix question the way Python would, for an environment
        // at /opt/fake-env; the jupyter launcher names it in its first line, as pip's launchers do.
        Path python = bin.resolve("python-stand-in.sh");
        Files.writeString(python, "echo /opt/fake-env\n");
        Path jupyter = bin.resolve("jupyter");
        Files.writeString(jupyter, "#!/bin/sh " + python + "\nrest of the launcher\n");
        assertTrue(jupyter.toFile().setExecutable(true));
        InstallLocation location =
                InstallLocation.parse(List.of("--sys-prefix"), PROJECT, Map.of("PATH", "/nonexistent:" + bin));
        assertEquals(Path.of("/opt/fake-env/share/jupyter"), location.dataDirectory());
        assertTrue(location.usage().contains("/opt/fake-env"), location.usage());
    }

    @Test
    void sysPrefixNeedsJupyterOnThePath() {
        IllegalArgumentException error = assertThrows(
                IllegalArgumentException.class,
                () -> dataDir(List.of("--sys-prefix"), Map.of("PATH", "/nonexistent/bin")));
        assertEquals(
                "--sys-prefix: 'jupyter' is not on PATH (/nonexistent/bin); install Jupyter or use --prefix PREFIX",
                error.getMessage());
    }

    @Test
    void badOptionsAreRejectedWithTheReason() {
        assertEquals(
                "unknown option '--global'",
                assertThrows(IllegalArgumentException.class, () -> dataDir(List.of("--global"), Map.of()))
                        .getMessage());
        assertEquals(
                "--data-dir needs a directory",
                assertThrows(IllegalArgumentException.class, () -> dataDir(List.of("--data-dir"), Map.of()))
                        .getMessage());
        assertEquals(
                "expected at most one location option, got [--user, --sys-prefix]",
                assertThrows(IllegalArgumentException.class, () -> dataDir(List.of("--user", "--sys-prefix"), Map.of()))
                        .getMessage());
    }
}
