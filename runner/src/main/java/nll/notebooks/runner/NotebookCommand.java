package nll.notebooks.runner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

/**
 * The command line behind {@code ./run --update} and {@code ./run --site}.
 *
 * <pre>
 * java -jar runner/target/nll-notebooks-runner.jar update [NOTEBOOK...]   re-execute and write outputs back
 * java -jar runner/target/nll-notebooks-runner.jar site [DIR]             execute all, write the site to DIR
 * </pre>
 * Run from the project's root, with the kernel installed in {@code .jupyter-local}.
 */
public final class NotebookCommand {
    private static final Path KERNEL_DATA_DIR = Path.of(".jupyter-local");
    private static final Path NOTEBOOKS = Path.of("notebooks");
    private static final Path README = Path.of("README.md");
    private static final Path EXECUTED = Path.of("runner/target/executed");
    private static final Path WORK = Path.of("runner/target/jupyter-work");
    private static final Path DEFAULT_SITE = Path.of("target/site");
    private static final int CELL_TIMEOUT_SECONDS = 300;

    private NotebookCommand() {}

    private static void usage() {
        System.err.println("usage: update [NOTEBOOK...] | site [DIR]");
        System.exit(2);
    }

    public static void main(String[] args) {
        if (args.length == 0 || !(args[0].equals("update") || args[0].equals("site"))) {
            usage();
        }
        boolean site = args[0].equals("site");
        if (site && args.length > 2) {
            usage();
        }
        Path siteDir = site && args.length == 2 ? Path.of(args[1]) : DEFAULT_SITE;
        NotebookDirectory directory = new NotebookDirectory(NOTEBOOKS);
        List<Path> notebooks = new ArrayList<>();
        for (int i = 1; !site && i < args.length; i++) {
            notebooks.add(directory.notebook(args[i]));
        }
        if (notebooks.isEmpty()) {
            notebooks.addAll(directory.notebooks());
        }
        Jupyter jupyter = Jupyter.locate(KERNEL_DATA_DIR, WORK);
        NotebookExecutor executor = new NotebookExecutor(jupyter, CELL_TIMEOUT_SECONDS);
        List<NotebookFile> executed = new ArrayList<>();
        int failures = 0;
        List<Future<NotebookExecutor.Execution>> runs = executor.executeAll(
                notebooks.stream().map(NotebookFile::read).toList(), EXECUTED, NotebookExecutor.DEFAULT_PARALLELISM);
        for (int i = 0; i < notebooks.size(); i++) {
            Path notebook = notebooks.get(i);
            try {
                NotebookExecutor.Execution run = NotebookExecutor.await(runs.get(i));
                NotebookExecutor.requireNoErrors(run.executed());
                executed.add(run.executed());
                if (args[0].equals("update")) {
                    // Only a notebook that ran without an error is written back.
                    run.executed().write(notebook);
                }
                System.out.printf("%-28s ok (%.1f s)%n", notebook.getFileName(), run.seconds());
            } catch (NotebookFailure e) {
                failures++;
                System.out.println(e.getMessage());
            }
        }
        if (site && failures == 0) {
            if (siteDir.equals(DEFAULT_SITE) && Files.isDirectory(DEFAULT_SITE)) {
                // Build output: a site written by an older runner, without the marker, is replaced too.
                Site.deleteTree(DEFAULT_SITE);
            }
            new Site(jupyter, NOTEBOOKS, Readme.read(README)).export(executed, siteDir);
            System.out.println("wrote " + siteDir.resolve("index.html").toAbsolutePath());
        }
        if (failures > 0) {
            System.out.println(
                    failures + " notebook(s) failed" + (args[0].equals("update") ? " and were left unchanged" : ""));
            System.exit(1);
        }
    }
}
