package nll.kernel.eval;

import java.nio.charset.StandardCharsets;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Rewrites a cell class's calls of {@code System.exit(int)}, {@code Runtime.exit(int)} and {@code Runtime.halt(int)},
 * direct or as method references, into calls of {@link ExitGuard}, which throw instead of ending the kernel's JVM.
 * <p>
 * This works on every JDK the kernel runs on; the SecurityManager that once made this possible is gone from JDK 24.
 * Each replacement takes the same operands from the stack as the call it replaces (the {@code Runtime} receiver
 * becomes the first argument of a static method), so the code around it, and its stack map frames, are unchanged.
 * Not covered: calls through reflection or method handles looked up at run time, and calls inside jars added with
 * {@code %jars}, whose classes are not cell classes.
 */
final class ExitCalls {

    private static final String SYSTEM = "java/lang/System";
    private static final String RUNTIME = "java/lang/Runtime";
    private static final String GUARD = Type.getInternalName(ExitGuard.class);
    private static final String INT_TO_VOID = "(I)V";
    private static final byte[] EXIT = "exit".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HALT = "halt".getBytes(StandardCharsets.US_ASCII);

    private ExitCalls() {}

    /** The class with its exit calls rewritten; the same array if it has none. */
    static byte[] rewrite(byte[] bytecode) {
        // A class that calls exit or halt names the method in its constant pool; most cells' classes do not, and
        // skip the parsing.
        if (!contains(bytecode, EXIT) && !contains(bytecode, HALT)) {
            return bytecode;
        }
        ClassReader reader = new ClassReader(bytecode);
        ClassWriter writer = new ClassWriter(reader, 0);
        boolean[] changed = new boolean[1];
        reader.accept(
                new ClassVisitor(Opcodes.ASM9, writer) {
                    @Override
                    public MethodVisitor visitMethod(
                            int access, String name, String descriptor, String signature, String[] exceptions) {
                        return new MethodVisitor(
                                Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                            @Override
                            public void visitMethodInsn(
                                    int opcode, String owner, String method, String desc, boolean isInterface) {
                                String guard = guardMethod(opcode == Opcodes.INVOKESTATIC, owner, method, desc);
                                if (guard == null) {
                                    super.visitMethodInsn(opcode, owner, method, desc, isInterface);
                                } else {
                                    changed[0] = true;
                                    super.visitMethodInsn(
                                            Opcodes.INVOKESTATIC, GUARD, guard, guardDescriptor(owner), false);
                                }
                            }

                            @Override
                            public void visitInvokeDynamicInsn(
                                    String name, String desc, Handle bootstrap, Object... arguments) {
                                Object[] rewritten = arguments.clone();
                                for (int i = 0; i < rewritten.length; i++) {
                                    if (rewritten[i] instanceof Handle) {
                                        Handle handle = (Handle) rewritten[i];
                                        String guard = guardMethod(
                                                handle.getTag() == Opcodes.H_INVOKESTATIC,
                                                handle.getOwner(),
                                                handle.getName(),
                                                handle.getDesc());
                                        if (guard != null) {
                                            changed[0] = true;
                                            rewritten[i] = new Handle(
                                                    Opcodes.H_INVOKESTATIC,
                                                    GUARD,
                                                    guard,
                                                    guardDescriptor(handle.getOwner()),
                                                    false);
                                        }
                                    }
                                }
                                super.visitInvokeDynamicInsn(name, desc, bootstrap, rewritten);
                            }
                        };
                    }
                },
                0);
        return changed[0] ? writer.toByteArray() : bytecode;
    }

    /** The ExitGuard method that replaces this call, or null if it is not an exit call. */
    private static String guardMethod(boolean isStatic, String owner, String name, String descriptor) {
        if (!descriptor.equals(INT_TO_VOID)) {
            return null;
        }
        if (isStatic && owner.equals(SYSTEM) && name.equals("exit")) {
            return "systemExit";
        }
        if (!isStatic && owner.equals(RUNTIME) && name.equals("exit")) {
            return "runtimeExit";
        }
        if (!isStatic && owner.equals(RUNTIME) && name.equals("halt")) {
            return "runtimeHalt";
        }
        return null;
    }

    private static String guardDescriptor(String owner) {
        return owner.equals(SYSTEM) ? INT_TO_VOID : "(Ljava/lang/Runtime;I)V";
    }

    private static boolean contains(byte[] bytes, byte[] word) {
        outer:
        for (int i = 0; i <= bytes.length - word.length; i++) {
            for (int j = 0; j < word.length; j++) {
                if (bytes[i + j] != word[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
