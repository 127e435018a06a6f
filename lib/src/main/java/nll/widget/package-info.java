/**
 * Jupyter widgets from Java: sliders, a dropdown, a checkbox, a play button, text ({@link nll.widget.Label},
 * {@link nll.widget.HTML}), an {@link nll.widget.Image} Java can replace while it is shown, and
 * {@link nll.widget.Box} rows and columns to lay them out, each shown by {@link nll.widget.Widget#show()}; and
 * {@link nll.widget.Interact}, which calls a function with the controls' values and shows what it returns in
 * place, redrawn as a control moves.
 *
 * <p><b>Where widgets render, and where not.</b> The widgets speak the Jupyter widget protocol 2.1.0 (ipywidgets 8)
 * through the nll-notebooks kernel, which this package finds by name ({@code nll.kernel.WidgetBridge}) without
 * being compiled against it. The kernel reports a widget front end once one has announced itself: the ipywidgets 8
 * managers of JupyterLab 4 and Notebook 7 open the {@code jupyter.widget.control} comm as they connect to a
 * kernel. Under other kernels (IJava, JJava), and where no widget front end is connected (headless nbconvert,
 * GitHub, the static site), {@link nll.widget.Interact#show} returns the function's value at the controls'
 * starting values, a static picture that every kernel renders, {@link nll.widget.Widget#show()} returns a widget's
 * text or image, and {@link nll.widget.Progress} shows nothing. With widgets, both return the widget's view, which
 * the cell shows as its result.
 * The same cell therefore runs everywhere, and a notebook executed headless always records the static picture.
 */
package nll.widget;
