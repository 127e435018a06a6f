/**
 * Running other programs, in one place: {@link nll.process.Command} runs a command with its output in files (a
 * child that keeps a pipe open cannot block the caller), a timeout that fires, and the command's descendants killed
 * when it does; {@link nll.process.Programs} finds {@code jupyter} and the Python it runs on as the notebook runner
 * does ({@code JUPYTER}, then {@code PATH}). The kernel's installer and the tests of every module use it.
 */
package nll.process;
