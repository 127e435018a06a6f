package nll.notebooks.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nll.process.Command;
import nll.process.CommandResult;
import nll.process.Programs;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every place that says what the project needs follows tools/dependencies.txt, the one list tools/setup.sh installs
 * from: requirements.txt, binder/, the README's Prerequisites, CI and the GitHub workflow, and the Python scripts the
 * tests run, whose every import must be installed for the Maven module whose tests run them.
 */
class SetupDriftTest {
    static final Path PROJECT = Path.of("..");
    private static final Path DEPENDENCIES = PROJECT.resolve("tools/dependencies.txt");
    private static final List<String> MODULES = List.of("lib", "kernel", "runner");

    /** One row of tools/dependencies.txt. */
    record Need(Set<String> neededBy, String check, String debianPackage, String what) {
        boolean isPython() {
            return check.startsWith("python:");
        }

        String pythonModule() {
            return check.substring("python:".length());
        }
    }

    static List<Need> needs() {
        List<Need> needs = new ArrayList<>();
        for (String line : lines(DEPENDENCIES)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.strip().split("\\s+", 4);
            needs.add(new Need(Set.of(columns[0].split(",")), columns[1], columns[2], columns[3]));
        }
        return needs;
    }

    @Test
    void requirementsPinEveryPythonNeedAndNothingElse() {
        Set<String> modules = needs().stream()
                .filter(Need::isPython)
                .map(Need::pythonModule)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> pinned = new TreeSet<>();
        for (String line : lines(PROJECT.resolve("requirements.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher pin = Pattern.compile("([A-Za-z0-9_.-]+)==[0-9][0-9A-Za-z.]*(;.*)?")
                    .matcher(line.strip());
            assertTrue(pin.matches(), "requirements.txt: not one pinned version (NAME==VERSION): " + line);
            pinned.add(pin.group(1));
        }
        assertEquals(modules, pinned, "requirements.txt pins other packages than the python: rows of " + DEPENDENCIES);
    }

    @Test
    void binderInstallsTheBinderRowsAndNothingElse() {
        List<String> binderPackages = needs().stream()
                .filter(need -> need.neededBy().contains("binder"))
                .map(Need::debianPackage)
                .toList();
        List<String> aptTxt = lines(PROJECT.resolve("binder/apt.txt")).stream()
                .filter(line -> !line.isBlank())
                .map(String::strip)
                .toList();
        assertEquals(binderPackages, aptTxt, "binder/apt.txt and the binder rows of " + DEPENDENCIES + " differ");
        assertTrue(
                text(PROJECT.resolve("binder/postBuild")).contains("source tools/setup.sh"),
                "binder/postBuild does not take its Maven from tools/setup.sh");
    }

    @Test
    void theReadmesPrerequisitesNameEveryPackageAndInstallNoOther() {
        String prerequisites = readmeSection("Prerequisites");
        for (Need need : needs()) {
            assertTrue(
                    prerequisites.contains("`" + need.debianPackage())
                            || prerequisites.contains(" " + need.debianPackage()),
                    "the README's Prerequisites do not name the Debian package " + need.debianPackage());
            if (need.isPython()) {
                assertTrue(
                        prerequisites.contains(need.pythonModule()),
                        "the README's Prerequisites do not name the Python package " + need.pythonModule());
            }
        }
        Set<String> known = needs().stream().map(Need::debianPackage).collect(Collectors.toSet());
        Matcher install = Pattern.compile("apt-get install -y ([a-z0-9 .+-]+)").matcher(prerequisites);
        while (install.find()) {
            for (String named : install.group(1).strip().split(" +", -1)) {
                assertTrue(
                        known.contains(named),
                        "the README's Prerequisites install " + named + ", which " + DEPENDENCIES + " does not list");
            }
        }
        String wrapper = text(PROJECT.resolve(".mvn/wrapper/maven-wrapper.properties"));
        Matcher maven = Pattern.compile("apache-maven-([0-9.]+)-bin").matcher(wrapper);
        assertTrue(maven.find(), "no Maven version in .mvn/wrapper/maven-wrapper.properties");
        assertTrue(
                prerequisites.contains("Maven " + maven.group(1)),
                "the README's Prerequisites do not name the wrapper's Maven " + maven.group(1));
    }

    @Test
    void ciRunsTheReadmesTestCommandAndNothingElse() {
        List<String> commands = lines(PROJECT.resolve(".ci/run")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .filter(line -> !line.startsWith("set ") && !line.startsWith("cd ") && !line.startsWith("export "))
                .toList();
        assertEquals(List.of("exec ./test"), commands, ".ci/run does more than the README's test command");
    }

    @Test
    void theWorkflowRunsTheReadmesTestCommandAndInstallsNothingOfItsOwn() {
        String workflow = lines(PROJECT.resolve(".github/workflows/notebooks.yml")).stream()
                .filter(line -> !line.strip().startsWith("#"))
                .collect(Collectors.joining("\n"));
        List<String> runs = new ArrayList<>();
        Matcher run = Pattern.compile("(?m)^\\s*run:\\s*(.*)$").matcher(workflow);
        while (run.find()) {
            runs.add(run.group(1).strip());
        }
        assertEquals(List.of("./test"), runs, "the workflow runs more than ./test");
        for (String installer : List.of("apt-get", "pip ", "npm ", "setup-node", "setup-python")) {
            assertFalse(
                    workflow.contains(installer),
                    "the workflow installs with " + installer + " instead of leaving the set-up to ./test");
        }
    }

    @Test
    void bothCommandsSetUpWithTheOneScript() {
        for (String command : List.of("run", "test")) {
            assertTrue(
                    text(PROJECT.resolve(command)).contains("source tools/setup.sh"),
                    "./" + command + " does not use tools/setup.sh");
        }
        String hint = Programs.INSTALL_JUPYTER;
        Matcher install = Pattern.compile("apt-get install -y ([a-z0-9 .+-]+)").matcher(hint);
        Set<String> known = needs().stream().map(Need::debianPackage).collect(Collectors.toSet());
        while (install.find()) {
            for (String named : install.group(1).strip().split(" +", -1)) {
                assertTrue(
                        known.contains(named), "Programs.INSTALL_JUPYTER names " + named + ", not in " + DEPENDENCIES);
            }
        }
    }

    /** One test per Python script a test runs: each module it imports is installed for that test's Maven module. */
    @TestFactory
    Stream<DynamicTest> everyModuleATestScriptImportsIsInstalledForItsTests() {
        Set<String> standardLibrary = standardLibrary();
        List<DynamicTest> tests = new ArrayList<>();
        for (String module : MODULES) {
            for (Path script : scriptsRunByTests(module)) {
                tests.add(dynamicTest(module + ": " + script.getFileName(), () -> {
                    Set<String> installed = needs().stream()
                            .filter(need -> need.isPython() && need.neededBy().contains(module))
                            .map(Need::pythonModule)
                            .collect(Collectors.toSet());
                    for (String imported : imports(script)) {
                        boolean local = Files.exists(script.resolveSibling(imported + ".py"));
                        assertTrue(
                                local || standardLibrary.contains(imported) || installed.contains(imported),
                                script + " imports " + imported + ", which " + DEPENDENCIES
                                        + " does not install for the tests of " + module);
                    }
                }));
            }
        }
        assertFalse(tests.isEmpty(), "found no Python script that a test runs");
        return tests.stream();
    }

    /** The .py files under a module's test resources whose name a test's code (not a comment) mentions. */
    private static List<Path> scriptsRunByTests(String module) {
        Path resources = PROJECT.resolve(module).resolve("src/test/resources");
        Path sources = PROJECT.resolve(module).resolve("src/test/java");
        if (!Files.isDirectory(resources)) {
            return List.of();
        }
        StringBuilder code = new StringBuilder();
        try (Stream<Path> java = Files.walk(sources)) {
            for (Path file :
                    java.filter(path -> path.toString().endsWith(".java")).toList()) {
                for (String line : lines(file)) {
                    String stripped = line.strip();
                    if (!stripped.startsWith("*") && !stripped.startsWith("//") && !stripped.startsWith("/*")) {
                        code.append(line).append('\n');
                    }
                }
            }
            try (Stream<Path> python = Files.walk(resources)) {
                return python.filter(path -> path.toString().endsWith(".py"))
                        .filter(path -> code.indexOf("\"" + path.getFileName() + "\"") >= 0
                                || code.indexOf("/" + path.getFileName() + "\"") >= 0)
                        .sorted()
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The top-level modules a script imports. */
    private static Set<String> imports(Path script) {
        Set<String> modules = new LinkedHashSet<>();
        Pattern statement = Pattern.compile(
                "^\\s*(?:import\\s+([\\w., ]+?)(?:\\s+as\\s+\\w+)?|from\\s+(\\w+)[\\w.]*\\s+import\\b.*)$");
        for (String line : lines(script)) {
            Matcher matcher = statement.matcher(line);
            if (matcher.matches()) {
                if (matcher.group(2) != null) {
                    modules.add(matcher.group(2));
                } else {
                    for (String name : matcher.group(1).split(",", -1)) {
                        modules.add(name.strip().split("[. ]", -1)[0]);
                    }
                }
            }
        }
        return modules;
    }

    private static Set<String> standardLibrary() {
        List<String> command = new ArrayList<>(Programs.jupyterPython());
        command.add(
                Path.of("src/test/resources/stdlib_modules.py").toAbsolutePath().toString());
        CommandResult listed = Command.of(command).run(Duration.ofSeconds(60));
        assertEquals(0, listed.exitCode(), "stdlib_modules.py failed: " + listed.stderr());
        return Set.of(listed.stdout().split("\n"));
    }

    private static String readmeSection(String heading) {
        String readme = text(PROJECT.resolve("README.md"));
        int start = readme.indexOf("\n## " + heading + "\n");
        assertTrue(start >= 0, "README.md has no section " + heading);
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(Path file) {
        return List.of(text(file).split("\n", -1));
    }
}
