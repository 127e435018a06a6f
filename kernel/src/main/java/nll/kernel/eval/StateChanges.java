package nll.kernel.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.Snippet.Status;
import jdk.jshell.SnippetEvent;
import jdk.jshell.VarSnippet;

/**
 * What a cell did to earlier declarations, told in one plain line each, as JShell's own tool does: a variable reset
 * because its type was redefined, a method, class or variable that can no longer be used (naming what it waits
 * for), a declaration the cell made twice. JShell reports these as events caused by the cell's snippets; a
 * redefinition that changes nothing else says nothing, so rerunning a notebook adds no output.
 */
final class StateChanges {

    private final JShell shell;
    private final Set<Snippet> madeByCell = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<String> lines = new ArrayList<>();

    StateChanges(JShell shell) {
        this.shell = shell;
    }

    /** Notes a snippet the cell declared, so that a second declaration of it in the same cell is told. */
    void declared(Snippet snippet) {
        madeByCell.add(snippet);
    }

    /** Notes an event JShell reported as a consequence of one of the cell's snippets. */
    void consequence(SnippetEvent event) {
        Snippet snippet = event.snippet();
        Snippet cause = event.causeSnippet();
        if (event.status() == Status.OVERWRITTEN) {
            if (madeByCell.contains(snippet) && snippet != cause) {
                lines.add(describe(snippet)
                        + " was declared twice in this cell; the second declaration replaced the first");
            }
            return;
        }
        if (event.previousStatus() != Status.VALID || snippet.id().equals(cause.id())) {
            return;
        }
        if (event.status() == Status.VALID && snippet instanceof VarSnippet variable) {
            lines.add(describe(variable) + " was reset to " + defaultValue(variable.typeName()) + ", because "
                    + describe(cause) + " was redefined");
        } else if (event.status() != Status.VALID) {
            lines.add(describe(snippet) + " cannot be used until " + waitsFor(shell, snippet, cause));
        }
    }

    /** The lines for the changes noted, in order. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    /**
     * What a declaration that cannot be used waits for: "variable PI is declared", or, when nothing is missing but
     * it no longer compiles, "it compiles again: " and the compiler's first message.
     */
    static String waitsFor(JShell shell, Snippet snippet, Snippet cause) {
        if (snippet instanceof DeclarationSnippet declaration) {
            String missing = shell.unresolvedDependencies(declaration).collect(Collectors.joining(", "));
            if (!missing.isEmpty()) {
                return missing + " is declared";
            }
        }
        String error = shell.diagnostics(snippet)
                .filter(Diag::isError)
                .findFirst()
                .map(d -> d.getMessage(null).lines().findFirst().orElse(""))
                .orElse("");
        return "it compiles again" + (error.isEmpty() ? "" : ": " + error)
                + (cause == null ? "" : " (after " + describe(cause) + " was redefined)");
    }

    /** "variable b", "method twiceN(int)", "class Box" (or interface, enum, record). */
    static String describe(Snippet snippet) {
        if (snippet instanceof VarSnippet variable) {
            return "variable " + variable.name();
        }
        if (snippet instanceof MethodSnippet method) {
            return "method " + method.name() + "(" + method.parameterTypes() + ")";
        }
        if (snippet instanceof DeclarationSnippet declaration) {
            String kind = switch (snippet.subKind()) {
                case INTERFACE_SUBKIND, ANNOTATION_TYPE_SUBKIND -> "interface";
                case ENUM_SUBKIND -> "enum";
                case RECORD_SUBKIND -> "record";
                default -> "class";
            };
            return kind + " " + declaration.name();
        }
        return snippet.source().strip();
    }

    private static String defaultValue(String type) {
        return switch (type) {
            case "boolean" -> "false";
            case "byte", "short", "int", "long", "char" -> "0";
            case "float", "double" -> "0.0";
            default -> "null";
        };
    }
}
