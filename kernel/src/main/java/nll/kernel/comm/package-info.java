/**
 * Jupyter comms, the kernel's channel to objects in the front end: {@link nll.kernel.comm.Comms} opens, messages
 * and closes them on the kernel's side and answers the front end's, and {@link nll.kernel.comm.WidgetModels} speaks
 * the widget protocol (ipywidgets 8) over them.
 */
package nll.kernel.comm;
