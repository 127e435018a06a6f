package nll.notebooks.runner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import nll.process.Command;
import nll.process.CommandResult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Binder's build step, run as Binder runs it but into a temporary prefix and home. */
class BinderPostBuildEndToEndTest {

    @Test
    void postBuildInstallsAKernelThatRunsTheSetupNotebook(@TempDir Path temp) throws IOException {
        Path prefix = temp.resolve("prefix");
        Path home = temp.resolve("home");
        Files.createDirectories(home);
        CommandResult postBuild = Command.of("bash", "binder/postBuild").in(Path.of(".."))
                .with(Map.of("HOME", home.toString(), "KERNEL_PREFIX", prefix.toString(),
                        // The temporary home has no Maven repository of its own; reuse the one this build resolved from.
                        "MAVEN_OPTS", "-Dmaven.repo.local=" + localMavenRepository()))
                .errorsInOutput().run(Duration.ofMinutes(10));
        String output = postBuild.stdout();
        assertEquals(0, postBuild.exitCode(), "binder/postBuild failed:\n" + output);

        Path kernelJson = prefix.resolve("share/jupyter/kernels/java/kernel.json");
        assertTrue(Files.isRegularFile(kernelJson), "postBuild installed no kernelspec at " + kernelJson + ":\n" + output);
        Jupyter jupyter = Jupyter.locate(prefix.resolve("share/jupyter"), temp.resolve("work"));
        Path setup = Path.of("../notebooks/00-setup.ipynb");
        NotebookFile fresh = new NotebookExecutor(jupyter, 120).execute(setup, temp.resolve("executed"));
        assertEquals(java.util.Optional.empty(), OutputCheck.compare(NotebookFile.read(setup), fresh));
    }

    private static String localMavenRepository() {
        String configured = System.getProperty("maven.repo.local");
        if (configured != null) {
            return configured;
        }
        return Path.of(System.getProperty("user.home"), ".m2", "repository").toString();
    }
}
