package nll.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramsTest {

    @TempDir
    Path dir;

    private Path executable(Path directory, String name, String text) throws IOException {
        Files.createDirectories(directory);
        Path file = Files.writeString(directory.resolve(name), text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    @Test
    void findsTheFirstExecutableOnPath() throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        Files.createDirectories(first);
        Files.writeString(first.resolve("tool"), "not executable");
        Path found = executable(second, "tool", "#!/bin/sh\n");
        executable(dir.resolve("third"), "tool", "#!/bin/sh\n");
        String path = first + ":" + second + ":" + dir.resolve("third");
        assertEquals(Optional.of(found), Programs.find("tool", Map.of("PATH", path)));
        assertEquals(Optional.empty(), Programs.find("tool", Map.of("PATH", first.toString())));
        assertEquals(Optional.of(found), Programs.find(found.toString(), Map.of()));
    }

    @Test
    void jupyterIsTheJupyterVariableElseJupyterOnPath() throws IOException {
        Path bin = dir.resolve("bin");
        Path onPath = executable(bin, "jupyter", "#!/usr/bin/python3\n");
        Path named = executable(dir.resolve("venv"), "jupyter", "#!/opt/venv/bin/python -E\n");
        assertEquals(onPath, Programs.jupyter(Map.of("PATH", bin.toString())));
        assertEquals(named, Programs.jupyter(Map.of("PATH", bin.toString(), "JUPYTER", named.toString())));
        assertEquals(List.of("/usr/bin/python3"), Programs.jupyterPython(Map.of("PATH", bin.toString())));
        assertEquals(
                List.of("/opt/venv/bin/python", "-E"), Programs.jupyterPython(Map.of("JUPYTER", named.toString())));
    }

    @Test
    void anEnvLauncherNamesItsInterpreterInTheSecondWord() throws IOException {
        Path launcher = executable(dir, "jupyter", "#!/usr/bin/env python3\nimport sys\n");
        assertEquals(
                List.of("/usr/bin/env", "python3"), Programs.jupyterPython(Map.of("JUPYTER", launcher.toString())));
    }

    @Test
    void missingJupyterOrABinaryLauncherIsAClearError() throws IOException {
        IllegalStateException missing =
                assertThrows(IllegalStateException.class, () -> Programs.jupyter(Map.of("PATH", dir.toString())));
        assertTrue(missing.getMessage().contains("apt-get install"), missing.getMessage());
        Path binary = executable(dir, "jupyter", "\u007fELF...");
        IllegalStateException noInterpreter = assertThrows(
                IllegalStateException.class, () -> Programs.jupyterPython(Map.of("JUPYTER", binary.toString())));
        assertTrue(noInterpreter.getMessage().contains(binary.toString()), noInterpreter.getMessage());
    }
}
