// The classic Notebook's (6.x) widget front end for the project's kernel: a CommWidgetManager on the comm manager
// of the notebook's kernel (targets jupyter.widget and jupyter.widget.control), a renderer for widget views in the
// output area, and a new manager whenever the kernel restarts, so that the new kernel hears a front end is there.
// build.mjs bundles it into one require.js module, nll-widgets/extension.js, which ./run installs (install).
import { CommWidgetManager } from "./comm-widget-manager.js";

const WIDGET_VIEW = "application/vnd.jupyter.widget-view+json";

// The notebook's kernel API adapted to what CommWidgetManager asks of a kernel connection.
function notebookComms(kernel, Comm) {
  return {
    registerTarget(name, handler) {
      kernel.comm_manager.register_target(name, handler);
    },
    create(target, commId, data, metadata, buffers) {
      if (data || metadata) return kernel.comm_manager.new_comm(target, data, {}, metadata, commId, buffers);
      // Already open on the kernel's side: registered here, without the comm_open that would replace it there.
      const comm = new Comm(target, commId);
      kernel.comm_manager.register_comm(comm);
      return comm;
    },
    info(target) {
      return new Promise((resolve) => kernel.comm_info(target, (reply) => resolve(reply.content.comms || {})));
    },
  };
}

/** Installs the front end; the arguments are the notebook's own require.js modules. */
export function load(Jupyter, events, outputarea, commModule) {
  function attach(kernel) {
    if (!kernel || kernel.widget_manager) return;
    const manager = new CommWidgetManager(notebookComms(kernel, commModule.Comm));
    kernel.widget_manager = manager;
    manager.connected = manager.connect().catch((error) => console.error("widgets: could not connect", error));
  }

  // A restarted or stopped kernel has none of the widgets: the views left on the page stop sending, and the next
  // kernel_ready (the restarted kernel answering) brings a new manager.
  function detach(kernel) {
    if (!kernel || !kernel.widget_manager) return;
    kernel.widget_manager.disconnect();
    delete kernel.widget_manager;
  }

  events.on("kernel_ready.Kernel", (event, data) => attach(data.kernel));
  events.on("kernel_restarting.Kernel kernel_killed.Kernel kernel_dead.Kernel kernel_killed.Session",
    (event, data) => detach(data.kernel));
  const kernel = Jupyter.notebook && Jupyter.notebook.kernel;
  if (kernel && kernel.is_connected()) attach(kernel);

  // `this` is the output area; json is the widget-view output's data.
  function appendWidgetView(json, metadata, element) {
    const outputArea = this;
    const area = this.create_output_subarea(metadata, "nll-widget-view", WIDGET_VIEW);
    this.keyboard_manager.register_events(area);
    element.append(area);
    const manager = Jupyter.notebook.kernel && Jupyter.notebook.kernel.widget_manager;
    const shown = manager ? manager.show(json.model_id, area[0]) : Promise.reject(new Error("no kernel"));
    shown.then((view) => {
      outputArea.widgetViews = (outputArea.widgetViews || []).concat(view);
    }, () => {
      area[0].textContent = "This widget is not in the running kernel: run the cell again to show it.";
    });
    return area;
  }

  // Views leave with their output (a cell run again, cleared or deleted), so that their models stop updating them.
  function removeViews(outputArea) {
    if (!outputArea || !outputArea.widgetViews) return;
    outputArea.widgetViews.forEach((view) => view.remove());
    outputArea.widgetViews = [];
  }
  Jupyter.notebook.container.on("clearing", ".output", (event, data) => removeViews(data.output_area));
  events.on("delete.Cell", (event, data) => removeViews(data.cell.output_area));
  // Before every other type, as widgetsnbextension does; unsafe, so an untrusted notebook shows the text form.
  outputarea.OutputArea.prototype.register_mime_type(WIDGET_VIEW, appendWidgetView, { safe: false, index: 0 });
}
