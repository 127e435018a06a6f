package nll.kernel.eval;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class loader of everything a notebook defines or adds: JShell's compiled snippet classes (held as bytes
 * until first loaded) and the jars and directories added with {@code %jars} / {@code %classpath}.
 * Its parent is the kernel's own class loader, so cells see the kernel's notebook API.
 */
final class SnippetClassLoader extends URLClassLoader {

    private final Map<String, byte[]> declaredClasses = new ConcurrentHashMap<>();

    SnippetClassLoader(ClassLoader parent) {
        super(new URL[0], parent);
    }

    void declare(String className, byte[] bytecode) {
        declaredClasses.put(className, bytecode);
    }

    void addLocation(URL location) {
        addURL(location);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytecode = declaredClasses.get(name);
        if (bytecode == null) {
            return super.findClass(name);
        }
        // A cell's System.exit would end the kernel; it throws instead (see ExitCalls).
        byte[] guarded = ExitCalls.rewrite(bytecode);
        return defineClass(name, guarded, 0, guarded.length);
    }
}
