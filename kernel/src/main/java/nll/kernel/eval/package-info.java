/**
 * Running a cell's Java with JShell in the kernel's JVM: {@link nll.kernel.eval.CellEvaluator} compiles a cell whole
 * and runs it snippet by snippet, its failures become the exceptions of this package with their tracebacks, and
 * {@link nll.kernel.eval.CellAnalysis} answers completion, completeness and inspection. The snippets' classes are
 * loaded here, with calls that would exit the JVM rewritten ({@link nll.kernel.eval.ExitCalls}).
 */
package nll.kernel.eval;
