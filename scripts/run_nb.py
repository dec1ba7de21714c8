"""Execute Jupyter notebooks headlessly and report `N passed, N failed` (exit 1 on any failure).

    python3 scripts/run_nb.py [--timeout 120] [--save DIR] [--kernel NAME] NOTEBOOK.ipynb...

Needs only nbclient (Debian's python3-nbclient 0.7.2 or pip's 0.10/0.11) and a kernelspec (the
notebook's own, unless --kernel). A notebook fails when a cell raises (the kernel's error reply), a cell
runs longer than --timeout seconds, the kernel dies, or a cell whose metadata has
`"expect": ["image/svg+xml", ...]` did not produce those MIME types.

The Deno kernel (2.9.6) sometimes publishes a cell's result just *after* reporting the cell idle, and
nbclient stops collecting a cell's output at idle. So when a cell's expected MIME types are missing at
idle, this runner keeps listening to that cell's output for up to --grace seconds; and a notebook that
still misses an expected output (only that, never an error) is run again, up to 3 times in all.
"""
import argparse
import pathlib
import sys
import time
from queue import Empty

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionComplete, CellExecutionError

ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ap.add_argument("--kernel", default=None, help="kernel name (default: the notebook's kernelspec)")
ap.add_argument("--timeout", type=int, default=120, help="seconds per cell")
ap.add_argument("--grace", type=float, default=2.0, help="seconds to wait after idle for a missing expected output")
ap.add_argument("--attempts", type=int, default=3, help="runs of a notebook that only misses an expected output")
ap.add_argument("--save", default=None, help="directory to write the executed notebooks to")
ap.add_argument("notebooks", nargs="+")
args = ap.parse_args()


def produced(cell):
    return {mime for output in cell.get("outputs", []) for mime in output.get("data", {})}


def missing(cell):
    return [m for m in cell.get("metadata", {}).get("expect", []) if m not in produced(cell)]


class Client(NotebookClient):
    late_outputs = 0

    async def _async_poll_output_msg(self, parent_msg_id, cell, cell_index):
        await super()._async_poll_output_msg(parent_msg_id, cell, cell_index)
        if not missing(cell):
            return
        deadline = time.monotonic() + args.grace  # must stay below iopub_timeout (4 s by default)
        while missing(cell) and time.monotonic() < deadline:
            try:
                msg = self.kc.iopub_channel.get_msg(timeout=max(0.01, deadline - time.monotonic()))
                if hasattr(msg, "__await__"):  # jupyter_client 7 (Debian) returns a coroutine here
                    msg = await msg
            except Empty:
                break
            if msg["parent_header"].get("msg_id") == parent_msg_id:
                try:
                    self.process_message(msg, cell, cell_index)
                except CellExecutionComplete:
                    pass
        if not missing(cell):
            Client.late_outputs += 1


def run_once(path):
    nb = nbformat.read(path, as_version=4)
    kw = {"kernel_name": args.kernel} if args.kernel else {}
    client = Client(nb, timeout=args.timeout, startup_timeout=60,
                    resources={"metadata": {"path": str(pathlib.Path(path).parent)}}, **kw)
    problem = None
    try:
        client.execute()
    except CellExecutionError as e:
        # report the failing cell's own error output ("<ename>: <evalue>"), else the exception's last line
        errors = [(i, o) for i, c in enumerate(nb.cells) for o in c.get("outputs", []) if o.get("output_type") == "error"]
        if errors:
            i, o = errors[0]
            problem = f"cell {i + 1}: {o.get('ename', 'Error')}: {o.get('evalue', '')}"
        else:
            lines = [line for line in str(e).strip().splitlines() if line.strip()]
            problem = "error: " + (lines[-1] if lines else "?")
    except Exception as e:  # kernel died, cell timeout, kernel not found, ...
        problem = f"{type(e).__name__}: {e}"
    if problem is None:
        for i, cell in enumerate(nb.cells):
            gone = missing(cell)
            if gone:
                problem = f"cell {i + 1}: missing expected output {', '.join(gone)} (got {sorted(produced(cell)) or 'none'})"
                break
    return nb, problem


passed = failed = 0
for path in args.notebooks:
    t0 = time.time()
    for attempt in range(1, args.attempts + 1):
        nb, problem = run_once(path)
        if not (problem and "missing expected output" in problem) or attempt == args.attempts:
            break
        print(f"retry {path} (attempt {attempt} of {args.attempts}): {problem}", flush=True)
    if args.save:
        pathlib.Path(args.save).mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, str(pathlib.Path(args.save) / pathlib.Path(path).name))
    dt = time.time() - t0
    if problem:
        failed += 1
        print(f"FAIL {path} ({dt:.1f}s): {problem}", flush=True)
    else:
        passed += 1
        print(f"ok   {path} ({dt:.1f}s)", flush=True)
if Client.late_outputs:
    print(f"({Client.late_outputs} output(s) arrived after the kernel reported idle and were waited for)")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
