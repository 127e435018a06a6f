package nll.kernel.eval;

import java.io.File;
import java.net.MalformedURLException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import jdk.jshell.spi.ExecutionControl.ClassInstallException;
import jdk.jshell.spi.ExecutionControl.InternalException;

/**
 * Loads JShell's snippet classes into a {@link SnippetClassLoader} that the kernel can reach, so that extensions
 * found in added jars and the snippets themselves share one class loader.
 */
final class SnippetLoaderDelegate implements LoaderDelegate {

    private final SnippetClassLoader loader;
    private final Map<String, Class<?>> loadedClasses = new ConcurrentHashMap<>();

    SnippetLoaderDelegate(SnippetClassLoader loader) {
        this.loader = loader;
    }

    @Override
    public void load(ClassBytecodes[] classes) throws ClassInstallException {
        boolean[] installed = new boolean[classes.length];
        for (ClassBytecodes bytecodes : classes) {
            loader.declare(bytecodes.name(), bytecodes.bytecodes());
        }
        try {
            for (int i = 0; i < classes.length; i++) {
                Class<?> loaded = loader.loadClass(classes[i].name());
                linkNow(loaded);
                loadedClasses.put(classes[i].name(), loaded);
                installed[i] = true;
            }
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ClassInstallException("load: " + e, installed);
        }
    }

    /** Resolving the methods links the class now, so a broken class fails here rather than mid-cell. */
    @SuppressWarnings("ReturnValueIgnored") // the methods are not needed, only the linking their lookup does
    private static void linkNow(Class<?> loaded) {
        loaded.getDeclaredMethods();
    }

    @Override
    public void classesRedefined(ClassBytecodes[] classes) {
        for (ClassBytecodes bytecodes : classes) {
            loader.declare(bytecodes.name(), bytecodes.bytecodes());
        }
    }

    @Override
    public void addToClasspath(String classpath) throws InternalException {
        for (String entry : classpath.split(File.pathSeparator, -1)) {
            try {
                loader.addLocation(Path.of(entry).toUri().toURL());
            } catch (MalformedURLException e) {
                throw new InternalException(
                        "classpath entry '" + entry + "' is not a valid location: " + e.getMessage());
            }
        }
    }

    @Override
    public Class<?> findClass(String name) throws ClassNotFoundException {
        Class<?> loaded = loadedClasses.get(name);
        if (loaded == null) {
            throw new ClassNotFoundException(name + " was not loaded by JShell");
        }
        return loaded;
    }
}
