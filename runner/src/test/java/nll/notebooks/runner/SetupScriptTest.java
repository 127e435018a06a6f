package nll.notebooks.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nll.process.Command;
import nll.process.CommandResult;
import nll.process.CommandTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * tools/setup.sh and ./run on a copy of the project, with PATH holding only a shell's basic tools and stand-ins that
 * record any attempt to install: the plan for each route (Debian as root, sudo, a .venv), and ./run's reuse of a
 * running server. Nothing here changes the machine.
 */
class SetupScriptTest {
    private static final List<String> BASIC_TOOLS = List.of("bash", "sed", "grep", "dirname", "cmp", "head", "cat");
    private static final String APT_INSTALL =
            "env DEBIAN_FRONTEND=noninteractive apt-get install -y -q" + " --no-install-recommends ";

    @TempDir
    Path temp;

    /** What a run printed, and how it ended. */
    record Run(int exitCode, String output) {}

    @Test
    void debianAsRootInstallsEveryTestsPackagesWithAptGet() {
        Path project = projectCopy();
        Run plan = plan(project, "debian", 0, false, "test");
        assertEquals(0, plan.exitCode(), plan.output());
        assertTrue(
                plan.output().contains("  would run: " + APT_INSTALL + packagesFor("lib", "kernel", "runner") + "\n"),
                plan.output());
        assertFalse(plan.output().contains("sudo"), plan.output());
        assertTrue(plan.output().contains("  would run: npm ci"), plan.output());
        assertTrue(plan.output().contains("Maven: " + project.resolve("mvnw")), plan.output());
        assertNothingChanged(project);
    }

    @Test
    void ubuntuWithSudoUsesSudoAndPlaywrightsChromiumInsteadOfTheSnap() {
        Path project = projectCopy();
        Run plan = plan(project, "ubuntu", 1000, true, "test");
        assertEquals(0, plan.exitCode(), plan.output());
        String packages = packagesFor("lib", "kernel", "runner").replace(" chromium", "");
        assertTrue(plan.output().contains("  would run: sudo " + APT_INSTALL + packages + "\n"), plan.output());
        assertTrue(
                plan.output().contains("  would run: node_modules/.bin/playwright-core install chromium"),
                plan.output());
        assertNothingChanged(project);
    }

    @Test
    void elsewhereJupyterGoesIntoTheProjectsVenvFromRequirements() {
        Path project = projectCopy();
        Run plan = plan(project, "fedora", 1000, false, "run");
        assertEquals(0, plan.exitCode(), plan.output());
        assertTrue(plan.output().contains("/python3 -m venv " + project.resolve(".venv") + "\n"), plan.output());
        assertTrue(
                plan.output()
                        .contains(".venv/bin/python -m pip install -q --disable-pip-version-check -r "
                                + project.resolve("requirements.txt")),
                plan.output());
        assertFalse(plan.output().contains("apt-get install"), plan.output());
        assertNothingChanged(project);
    }

    @Test
    void sudoThatAsksForAPasswordMeansTheVenv() {
        Path project = projectCopy();
        Run plan = plan(project, "debian", 1000, false, "run");
        assertTrue(plan.output().contains("-m venv"), plan.output());
        assertFalse(plan.output().contains("apt-get install"), plan.output());
        assertNothingChanged(project);
    }

    @Test
    void elsewhereWithoutNodeTheRunnersTestsStopNamingWhatToInstall() {
        Path project = projectCopy();
        Run plan = plan(project, "fedora", 1000, false, "test");
        assertEquals(1, plan.exitCode(), plan.output());
        assertTrue(plan.output().contains("error: no Node.js found"), plan.output());
        assertTrue(plan.output().contains("run it by hand: install Node.js 18 or newer"), plan.output());
        assertNothingChanged(project);
    }

    @Test
    void theLibrarysTestsNeedOnlyTheirOwnPackagesNoNodeNorChromium() {
        Path project = projectCopy();
        Run plan = plan(project, "debian", 0, false, "test", "-pl", "lib");
        assertEquals(0, plan.exitCode(), plan.output());
        assertTrue(plan.output().contains("  would run: " + APT_INSTALL + packagesFor("lib") + "\n"), plan.output());
        assertFalse(plan.output().contains("npm"), plan.output());
        assertFalse(plan.output().contains("chromium"), plan.output());
        Run elsewhere = plan(project, "fedora", 1000, false, "test", "-pl", "lib");
        assertEquals(0, elsewhere.exitCode(), "the library's tests need no Node.js:\n" + elsewhere.output());
        assertNothingChanged(project);
    }

    /** ./run reuses a server serving notebooks/, whichever key its Jupyter names the directory by. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"notebook list, notebook_dir", "server list, root_dir"})
    void runReusesARunningServer(String listCommand, String directoryKey) {
        Path project = projectCopy();
        Path jupyter = fakeJupyter(listCommand, directoryKey, project.resolve("notebooks"));
        Run run = run(project, jupyter);
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(
                run.output().contains("Jupyter is already serving notebooks/: http://localhost:9999/tree?token=abc123"),
                run.output());
    }

    @Test
    void runDoesNotReuseAServerOfAnotherDirectory() {
        Path project = projectCopy();
        Path jupyter = fakeJupyter("server list", "root_dir", temp.resolve("elsewhere"));
        Run run = run(project, jupyter);
        assertFalse(run.output().contains("already serving"), run.output());
        // The stand-in lacks Jupyter's Python packages: a JUPYTER of one's own is named, never installed into.
        assertEquals(1, run.exitCode(), run.output());
        assertTrue(run.output().contains("error: JUPYTER=" + jupyter + " lacks"), run.output());
    }

    /** The Debian packages of the rows of tools/dependencies.txt needed by the targets, in the file's order. */
    private static String packagesFor(String... targets) {
        List<String> packages = new ArrayList<>();
        for (SetupDriftTest.Need need : SetupDriftTest.needs()) {
            for (String target : targets) {
                if (need.neededBy().contains(target)) {
                    packages.add(need.debianPackage());
                    break;
                }
            }
        }
        return String.join(" ", packages);
    }

    private Path projectCopy() {
        Path project = temp.resolve("project");
        for (String file : List.of(
                "tools/setup.sh",
                "tools/dependencies.txt",
                "requirements.txt",
                "package-lock.json",
                ".mvn/wrapper/maven-wrapper.properties",
                "mvnw",
                "run")) {
            copy(SetupDriftTest.PROJECT.resolve(file), project.resolve(file));
        }
        try {
            Files.createDirectories(project.resolve("notebooks"));
            return project.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code tools/setup.sh --plan ARGS} on a machine described by its os-release ID, user id and sudo, with no
     * Jupyter, Python packages, Node.js, Chromium or Maven on PATH.
     */
    private Run plan(Path project, String system, int userId, boolean passwordlessSudo, String... arguments) {
        Path bin = temp.resolve("bin-" + system + "-" + userId + "-" + passwordlessSudo);
        for (String tool : BASIC_TOOLS) {
            link(bin.resolve(tool), onPath(tool));
        }
        script(bin.resolve("id"), "echo " + userId);
        script(bin.resolve("apt-get"), "echo \"apt-get $*\" >>" + changes() + "; exit 99");
        script(
                bin.resolve("sudo"),
                passwordlessSudo
                        ? "[ \"$*\" = \"-n true\" ] && exit 0; echo \"sudo $*\" >>" + changes() + "; exit 99"
                        : "exit 1");
        // A python3 that has none of the modules: the import check gets every name back as missing.
        script(
                bin.resolve("python3"),
                "[ \"$1\" = -c ] && { shift 2; echo \"$@\"; exit 0; }; echo \"python3 $*\" >>" + changes()
                        + "; exit 99");
        Path release = temp.resolve("os-release-" + system);
        write(release, "ID=" + system + "\n");
        List<String> command = new ArrayList<>(List.of(
                onPath("bash").toString(), project.resolve("tools/setup.sh").toString(), "--plan"));
        command.addAll(List.of(arguments));
        return execute(
                project,
                command,
                Map.of(
                        "PATH",
                        bin.toString(),
                        "HOME",
                        temp.resolve("home").toString(),
                        "SETUP_OS_RELEASE",
                        release.toString()));
    }

    /** A jupyter whose {@code LIST --json} reports one server serving {@code directory} under {@code key}. */
    private Path fakeJupyter(String listCommand, String key, Path directory) {
        Path jupyter = temp.resolve("fake/jupyter");
        script(
                jupyter,
                "[ \"$*\" = \"" + listCommand + " --json\" ] || exit 1\n"
                        + "echo '{\"base_url\": \"/\", \"" + key + "\": \"" + directory
                        + "\", \"pid\": 1, \"port\": 9999, "
                        + "\"token\": \"abc123\", \"url\": \"http://localhost:9999/\"}'");
        return jupyter;
    }

    private Run run(Path project, Path jupyter) {
        return execute(
                project,
                List.of(onPath("bash").toString(), project.resolve("run").toString()),
                Map.of(
                        "PATH",
                        System.getenv("PATH"),
                        "HOME",
                        temp.resolve("home").toString(),
                        "JUPYTER",
                        jupyter.toString()));
    }

    private Path changes() {
        return temp.resolve("changes.log");
    }

    private void assertNothingChanged(Path project) {
        assertFalse(Files.exists(changes()), () -> "an install was attempted: " + SetupDriftTest.text(changes()));
        for (String made : List.of(".venv", "node_modules")) {
            assertFalse(Files.exists(project.resolve(made)), made + " was made");
        }
    }

    private static Run execute(Path directory, List<String> command, Map<String, String> environment) {
        try {
            CommandResult result = Command.of(command)
                    .in(directory)
                    .withOnly(environment)
                    .errorsInOutput()
                    .run(Duration.ofMinutes(2));
            return new Run(result.exitCode(), result.stdout());
        } catch (CommandTimeoutException e) {
            throw new AssertionError("`" + String.join(" ", command) + "` did not finish in 120 s", e);
        }
    }

    private static Path onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator, -1)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(name + " is not on PATH");
    }

    private static void script(Path file, String body) {
        write(file, "#!/bin/sh\n" + body + "\n");
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void link(Path link, Path target) {
        try {
            Files.createDirectories(link.getParent());
            if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
