package nll.kernel.eval;

import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.VarSnippet;

/** A variable the cells have defined and can still use: its name, its type and JShell's text of its value. */
public record Variable(String name, String type, String value) {

    /** The variables {@code shell} now holds, in the order declared; JShell's own ($1, ...) left out. */
    static List<Variable> definedIn(JShell shell) {
        return shell.variables()
                .filter(v ->
                        shell.status(v) == Snippet.Status.VALID && !v.name().startsWith("$"))
                .map(v -> new Variable(v.name(), v.typeName(), valueText(shell, v)))
                .toList();
    }

    private static String valueText(JShell shell, VarSnippet variable) {
        try {
            return shell.varValue(variable);
        } catch (RuntimeException e) {
            // A toString() that throws, say: the table still lists the variable.
            return "(value not shown: " + e.getClass().getSimpleName() + ")";
        }
    }
}
