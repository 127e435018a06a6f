package nll.kernel.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Makes the {@link ArtifactResolver} on first use. Maven Resolver's jars travel inside the kernel jar, under
 * {@value #JAR_FOLDER}, unopened: nothing of them is read while the kernel starts. The first {@code %maven} copies
 * them to a temporary directory and loads them in a class loader of their own, a child of the kernel's, so that
 * their classes (an HTTP client, Maven's model) never shadow the jars a notebook adds.
 */
public final class ResolverLoader {

    static final String JAR_FOLDER = "nll/kernel/maven/lib/";
    private static final String IMPLEMENTATION = "nll.kernel.maven.resolver.MavenArtifactResolver";

    private ResolverLoader() {}

    /**
     * A resolver for {@code configuration}, in a new class loader over the resolver's jars.
     *
     * @throws IllegalStateException if the kernel was built without the resolver's jars
     */
    public static ArtifactResolver load(ResolverConfiguration configuration) {
        List<URL> jars = resolverJars();
        ClassLoader loader = new ResolverClassLoader(jars.toArray(URL[]::new), ResolverLoader.class.getClassLoader());
        try {
            return Class.forName(IMPLEMENTATION, true, loader)
                    .asSubclass(ArtifactResolver.class)
                    .getConstructor(ResolverConfiguration.class)
                    .newInstance(configuration);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot start Maven Resolver: " + e, e);
        }
    }

    private static List<URL> resolverJars() {
        Path home;
        try {
            home = Path.of(ResolverLoader.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the kernel's own classes: " + e.getMessage(), e);
        }
        try {
            List<Path> jars = Files.isDirectory(home) ? jarsIn(home.resolve(JAR_FOLDER)) : extractFrom(home);
            if (jars.isEmpty()) {
                throw new IllegalStateException(
                        "the kernel at " + home + " was built without Maven Resolver's jars (" + JAR_FOLDER + ")");
            }
            List<URL> urls = new ArrayList<>();
            for (Path jar : jars) {
                urls.add(jar.toUri().toURL());
            }
            return urls;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack Maven Resolver's jars from " + home, e);
        }
    }

    private static List<Path> jarsIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static List<Path> extractFrom(Path kernelJar) throws IOException {
        Path target = Files.createTempDirectory("nll-kernel-maven-resolver");
        target.toFile().deleteOnExit();
        List<Path> jars = new ArrayList<>();
        try (JarFile jar = new JarFile(kernelJar.toFile())) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                if (entry.getName().startsWith(JAR_FOLDER) && entry.getName().endsWith(".jar")) {
                    Path copy = target.resolve(entry.getName().substring(JAR_FOLDER.length()));
                    try (InputStream in = jar.getInputStream(entry)) {
                        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                    }
                    copy.toFile().deleteOnExit();
                    jars.add(copy);
                }
            }
        }
        jars.sort(Comparator.naturalOrder());
        return jars;
    }

    /**
     * Parent first, except for the kernel's own resolver classes ({@code nll.kernel.maven.resolver}): those are
     * defined here from the kernel's class files, so that they link against the resolver's jars.
     */
    private static final class ResolverClassLoader extends URLClassLoader {
        private static final String OWN_PACKAGE = "nll.kernel.maven.resolver.";

        ResolverClassLoader(URL[] jars, ClassLoader parent) {
            super("maven-resolver", jars, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(OWN_PACKAGE)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = defineOwn(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        private Class<?> defineOwn(String name) throws ClassNotFoundException {
            String file = name.replace('.', '/') + ".class";
            try (InputStream in = getParent().getResourceAsStream(file)) {
                if (in == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }
}
