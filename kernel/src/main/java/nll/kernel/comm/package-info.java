/**
 * Jupyter comms and the widget protocol on them: {@link nll.kernel.comm.Comms} opens, messages and closes comms in
 * both directions in place of jjava-jupyter's comm handlers, and {@link nll.kernel.comm.WidgetModels} keeps the
 * state of each widget model that the library's widgets open through {@code nll.kernel.WidgetBridge}.
 */
package nll.kernel.comm;
