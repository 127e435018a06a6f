/**
 * Timings of the neural bigram model's training step, per example and from the counts: JMH benchmarks
 * ({@link nll.bench.BigramTrainingBenchmark}) and the report {@code bench/run} prints beside the PyTorch figures
 * ({@link nll.bench.TrainingStepReport}).
 */
package nll.bench;
