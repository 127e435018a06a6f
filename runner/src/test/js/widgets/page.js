// A widget front end in one page: ipywidgets 8's HTML manager (@jupyter-widgets/html-manager) connected to a
// kernel through @jupyterlab/services, the way ipywidgets' "web3" example connects a page to a kernel. The browser
// check bundles this file with esbuild and drives it through window.widgetPage.
import { HTMLManager } from "@jupyter-widgets/html-manager";
import { shims } from "@jupyter-widgets/base";
import { KernelManager, ServerConnection, SessionManager } from "@jupyterlab/services";
import "@jupyter-widgets/controls/css/widgets.css";

const WIDGET_VIEW = "application/vnd.jupyter.widget-view+json";

// The HTML manager with its comms going to the kernel, as JupyterLab's manager does.
class KernelWidgetManager extends HTMLManager {
  constructor(kernel) {
    super();
    this.kernel = kernel;
    kernel.registerCommTarget(this.comm_target_name, async (comm, message) => {
      await this.handle_comm_open(new shims.services.Comm(comm), message);
    });
  }

  async _create_comm(target, modelId, data, metadata, buffers) {
    const comm = this.kernel.createComm(target, modelId);
    if (data || metadata) comm.open(data, metadata, buffers);
    return new shims.services.Comm(comm);
  }

  async _get_comm_info() {
    const reply = await this.kernel.requestCommInfo({ target_name: this.comm_target_name });
    return reply.content.status === "ok" ? reply.content.comms : {};
  }
}

async function connect(notebookPath) {
  const query = new URLSearchParams(location.search);
  const server = query.get("server");
  const serverSettings = ServerConnection.makeSettings({
    baseUrl: server + "/",
    wsUrl: server.replace(/^http/, "ws") + "/",
    token: query.get("token") || "",
    appendToken: true,
  });
  const sessions = new SessionManager({ serverSettings, kernelManager: new KernelManager({ serverSettings }) });
  const session = await sessions.startNew({ path: notebookPath, type: "notebook", name: notebookPath,
    kernel: { name: "java" } });
  const kernel = session.kernel;
  const manager = new KernelWidgetManager(kernel);
  // What JupyterLab's manager does on connecting: open the control comm and ask for every live widget's state.
  // It is also how the kernel learns that a widget front end is there.
  await manager._loadFromKernel();
  window.widgetPage.kernel = kernel;
  window.widgetPage.manager = manager;
  window.widgetPage.session = session;
}

// Runs code; widget views it displays are shown in the output area, everything else is kept as text.
async function execute(code) {
  const output = document.getElementById("output");
  const texts = [];
  const future = window.widgetPage.kernel.requestExecute({ code, stop_on_error: true });
  const views = [];
  future.onIOPub = (message) => {
    const type = message.header.msg_type;
    const content = message.content;
    if ((type === "display_data" || type === "execute_result") && content.data[WIDGET_VIEW]) {
      views.push(show(content.data[WIDGET_VIEW].model_id, output));
    } else if (type === "stream") {
      texts.push(content.text);
    } else if (type === "error") {
      texts.push(content.ename + ": " + content.evalue);
    } else if (type === "display_data" || type === "execute_result") {
      texts.push(content.data["text/plain"]);
    }
  };
  const reply = await future.done;
  await Promise.all(views);
  return { status: reply.content.status, text: texts.join("") };
}

async function show(modelId, element) {
  const manager = window.widgetPage.manager;
  const model = await manager.get_model(modelId);
  const view = await manager.create_view(model);
  const holder = document.createElement("div");
  holder.className = "widget-output";
  element.appendChild(holder);
  await manager.display_view(view, holder);
}

window.widgetPage = { connect, execute };
