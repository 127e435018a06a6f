// A widget front end in one page: the project's widget manager (nbextension/src/comm-widget-manager.js, ipywidgets
// 8's HTML manager) connected to a kernel through @jupyterlab/services, the way ipywidgets' "web3" example connects
// a page to a kernel. The browser check bundles this file with esbuild and drives it through window.widgetPage.
import { shims } from "@jupyter-widgets/base";
import { KernelManager, ServerConnection, SessionManager } from "@jupyterlab/services";
import { CommWidgetManager } from "../../../../../nbextension/src/comm-widget-manager.js";

const WIDGET_VIEW = "application/vnd.jupyter.widget-view+json";

// A @jupyterlab/services kernel adapted to what CommWidgetManager asks of a kernel connection, as JupyterLab's
// manager does it.
function servicesComms(kernel) {
  return {
    registerTarget(name, handler) {
      kernel.registerCommTarget(name, (comm, message) => handler(new shims.services.Comm(comm), message));
    },
    create(target, commId, data, metadata, buffers) {
      const comm = kernel.createComm(target, commId);
      if (data || metadata) comm.open(data, metadata, buffers);
      return new shims.services.Comm(comm);
    },
    async info(target) {
      const reply = await kernel.requestCommInfo({ target_name: target });
      return reply.content.status === "ok" ? reply.content.comms : {};
    },
  };
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
  const manager = new CommWidgetManager(servicesComms(kernel));
  await manager.connect();
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

function show(modelId, element) {
  const holder = document.createElement("div");
  holder.className = "widget-output";
  element.appendChild(holder);
  return window.widgetPage.manager.show(modelId, holder);
}

window.widgetPage = { connect, execute };
