"""Executes a notebook top to bottom with Debian's nbclient and saves it with its outputs.

usage: /usr/bin/python3 run_notebook.py NOTEBOOK OUTPUT
The kernel is the 'python3' kernel (Debian's ipykernel, /usr/bin/python3); the notebook's folder is
its working directory. Exit status 1, with the failing cell's error on stderr, if any cell fails.
"""
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

notebook, output = Path(sys.argv[1]), Path(sys.argv[2])
nb = nbformat.read(notebook, as_version=4)
client = NotebookClient(nb, timeout=180, kernel_name="python3",
                        resources={"metadata": {"path": str(notebook.parent.resolve())}})
try:
    client.execute()
except CellExecutionError as error:
    print(f"{notebook}: a cell failed:\n{error}", file=sys.stderr)
    sys.exit(1)
finally:
    output.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, output)
print(f"{notebook}: {len(nb.cells)} cells ran; saved with outputs to {output}")
