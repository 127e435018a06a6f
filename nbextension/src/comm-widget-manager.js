// The widget manager of every widget front end the project ships or tests: ipywidgets 8's HTML manager (the models
// and views of @jupyter-widgets/base 2.0, controls 2.0 and output 1.0), whose comms go through a kernel connection.
// The classic Notebook's extension (extension.js) and the browser test page (runner/src/test/js/widgets/page.js)
// each adapt their own kernel API to `comms`:
//
//   registerTarget(name, handler)                       handler(comm, message) for each comm_open from the kernel
//   create(target, commId, data, metadata, buffers)     a comm; opened on the kernel only when data or metadata
//                                                       is given, else one the kernel already has open
//   info(target)                                        resolves to the kernel's open comms of that target
// The manager alone: the package's index also brings the embedding code, with Font Awesome's fonts.
import { HTMLManager } from "@jupyter-widgets/html-manager/lib/htmlmanager.js";
import "@jupyter-widgets/base/css/index.css";
import "@jupyter-widgets/controls/css/widgets.css";

export class CommWidgetManager extends HTMLManager {
  constructor(comms) {
    super();
    this.comms = comms;
    comms.registerTarget(this.comm_target_name, (comm, message) => this.handle_comm_open(comm, message));
  }

  async _create_comm(target, commId, data, metadata, buffers) {
    return this.comms.create(target, commId, data, metadata, buffers);
  }

  _get_comm_info() {
    return this.comms.info(this.comm_target_name);
  }

  /**
   * What JupyterLab's manager does on connecting: opens the jupyter.widget.control comm and asks for every live
   * widget's state. It is also how the project's kernel learns that a widget front end is there.
   */
  connect() {
    return this._loadFromKernel();
  }

  /** Shows the widget modelId in element; rejects when the kernel has no such widget. */
  async show(modelId, element) {
    const model = await this.get_model(modelId);
    const view = await this.create_view(model);
    await this.display_view(view, element);
    return view;
  }
}
