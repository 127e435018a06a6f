package nll.kernel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles small Java sources at test time into class directories and jars, so tests need no binary fixtures. */
public final class TestJars {

    private TestJars() {}

    /**
     * Compiles {@code sources} (file path such as "demo/Greeter.java" to source text) into {@code classes},
     * against the test's own class path.
     */
    public static Path compile(Path classes, Map<String, String> sources) throws IOException {
        Path sourceDir = Files.createTempDirectory("nll-kernel-test-sources");
        try {
            List<String> args =
                    new ArrayList<>(List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path")));
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = sourceDir.resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                args.add(file.toString());
            }
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            int status = compiler.run(null, null, null, args.toArray(String[]::new));
            if (status != 0) {
                throw new IllegalStateException("test sources did not compile: " + sources.keySet());
            }
            return classes;
        } finally {
            deleteTree(sourceDir);
        }
    }

    /** Compiles {@code sources} and packs the classes plus {@code resources} (path to text) into {@code jar}. */
    public static Path jar(Path jar, Map<String, String> sources, Map<String, String> resources) throws IOException {
        Path classes = compile(Files.createTempDirectory("nll-kernel-test-classes"), sources);
        try {
            pack(jar, classes, resources);
        } finally {
            deleteTree(classes);
        }
        return jar;
    }

    private static void pack(Path jar, Path classes, Map<String, String> resources) throws IOException {
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file);
                Stream<Path> walk = Files.walk(classes)) {
            for (Path path : walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
                out.putNextEntry(
                        new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(path));
                out.closeEntry();
            }
            for (Map.Entry<String, String> resource : resources.entrySet()) {
                out.putNextEntry(new JarEntry(resource.getKey()));
                out.write(resource.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(path);
            }
        }
    }
}
