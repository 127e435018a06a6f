package nll.notebooks.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nll.process.CommandResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GitHub Actions workflow, checked against the workflow schema by action-validator (from package.json). */
class WorkflowLintEndToEndTest {
    private static final Path WORKFLOW = NodeTools.PROJECT.resolve(".github/workflows/notebooks.yml");
    private static final Path LINTER = NodeTools.NODE_MODULES.resolve("@action-validator/cli/cli.mjs");

    @Test
    void theWorkflowIsValid() {
        NodeTools.requireNodeAndPackages("@action-validator/cli");
        CommandResult lint = NodeTools.node(List.of(LINTER.toString(), WORKFLOW.toString()), 120);
        assertEquals(0, lint.exitCode(), WORKFLOW + " is not a valid workflow:\n" + lint.output());
    }

    /** The linter rejects a workflow with a misspelt key, so a pass above means something. */
    @Test
    void aBrokenWorkflowFailsTheLint(@TempDir Path temp) throws IOException {
        NodeTools.requireNodeAndPackages("@action-validator/cli");
        String workflow = Files.readString(WORKFLOW, StandardCharsets.UTF_8);
        Path broken = temp.resolve("broken.yml");
        Files.writeString(broken, workflow.replace("runs-on:", "runs_on:"), StandardCharsets.UTF_8);
        CommandResult lint = NodeTools.node(List.of(LINTER.toString(), broken.toString()), 120);
        assertNotEquals(0, lint.exitCode(), "action-validator accepted a job without runs-on:\n" + lint.output());
    }
}
