"""Executes a notebook on the installed kernel and writes it as Jupyter's notebook server does on save.

    python3 save_as_jupyter_does.py NOTEBOOK OUTPUT

nbclient runs every cell and records the kernel's language_info, as a running kernel's frontend does; the
kernelspec metadata is then set from the installed kernelspec, which is what the frontend writes into the
notebook when it saves. The notebook is written with nbformat, the writer the server's save uses.
"""
import os
import sys

import nbformat
from jupyter_client.kernelspec import KernelSpecManager
from nbclient import NotebookClient


def main(source, target):
    notebook = nbformat.read(source, as_version=4)
    name = notebook.metadata["kernelspec"]["name"]
    NotebookClient(notebook, kernel_name=name, timeout=300, startup_timeout=120,
                   resources={"metadata": {"path": os.path.dirname(os.path.abspath(source))}}).execute()
    spec = KernelSpecManager().get_kernel_spec(name)
    notebook.metadata["kernelspec"] = {"display_name": spec.display_name, "language": spec.language, "name": name}
    nbformat.write(notebook, target)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: save_as_jupyter_does.py NOTEBOOK OUTPUT")
    main(sys.argv[1], sys.argv[2])
