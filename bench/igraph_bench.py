#!/usr/bin/env python3
"""igraph side of the transcaspian benchmark: maximum flow on the same generated graphs.

Reads a generator JSON file (the format written by /work/shared/bench/gen.cjs and bench/gen.ts), times
python-igraph (C core, push-relabel) on the max-flow questions of bench/networkx_bench.py and writes
JSON results (answers + median seconds over repeats) to stdout or --out.

usage:
  python3 bench/igraph_bench.py GRAPH.json [--repeats 3] [--ops load,max_flow_node,max_flow_country]
                                [--out RESULT.json] [--table]
  python3 bench/igraph_bench.py GRAPH.json --serve

With --serve (used by bench/flow-ratio.ts, which alternates transcaspian and igraph on the same
questions), the graph is built once, "ready" is printed, then each line read on stdin names one op,
run once; the answer is one JSON line {"op", "answer", "seconds", "cpu_seconds"} (wall-clock and
process CPU time). End of input ends the process.

Exit status 3 (and a message on stderr) when igraph cannot be imported: bench/run.ts then skips the
igraph side. On Debian/Ubuntu, `apt-get install python3-igraph` installs it for the system interpreter
(/usr/bin/python3), elsewhere `pip install igraph`.

Ops:
  load              time to build the undirected ig.Graph (capacity attribute 'cap') from the JSON
                    arrays (json parsing not included).
  max_flow_node     g.maxflow_value(sources[0], od[0][1], capacity='cap'): the node-to-node question.
                    On an undirected graph igraph gives each edge two arcs of capacity cap, i.e. usable
                    either way with capacity cap, as NetworkX and transcaspian ('both' links) do.
  max_flow_country  a super source joined to every node of country flowCountries[0] and a super sink
                    joined to every node of flowCountries[1] by edges of a capacity above the sum of
                    all capacities (igraph needs finite capacities), then maxflow_value; adding and
                    deleting the two vertices is timed, as NetworkX's op times adding and removing them.
"""
import argparse
import json
import platform
import statistics
import sys
import time

try:
    import igraph as ig
except ImportError as exc:  # pragma: no cover - depends on the machine
    print(f"igraph_bench.py: igraph is not installed for {sys.executable} ({exc})", file=sys.stderr)
    sys.exit(3)


def build_graph(data):
    g = ig.Graph(n=data["n"], edges=list(zip(data["u"], data["v"])), directed=False)
    g.es["cap"] = data["cap"]
    return g


def timed(fn, repeats):
    secs = []
    result = None
    for _ in range(max(1, repeats)):
        t = time.perf_counter()
        result = fn()
        secs.append(time.perf_counter() - t)
    return result, secs


def op_load(data, g, repeats):
    h, secs = timed(lambda: build_graph(data), repeats)
    return {"answer": {"nodes": h.vcount(), "edges": h.ecount()}}, secs


def op_max_flow_node(data, g, repeats):
    s = data["queries"]["sources"][0]
    t = data["queries"]["od"][0][1]
    value, secs = timed(lambda: g.maxflow_value(s, t, capacity="cap"), repeats)
    return {"source": s, "sink": t, "answer": value}, secs


def op_max_flow_country(data, g, repeats):
    ca, cb = data["queries"]["flowCountries"]
    country = data["country"]
    n = data["n"]
    big = float(sum(data["cap"])) + 1.0
    from_a = [i for i, c in enumerate(country) if c == ca]
    to_b = [i for i, c in enumerate(country) if c == cb]

    def run():
        g.add_vertices(2)
        s, t = n, n + 1
        g.add_edges([(s, i) for i in from_a] + [(i, t) for i in to_b], attributes={"cap": [big] * (len(from_a) + len(to_b))})
        try:
            return g.maxflow_value(s, t, capacity="cap")
        finally:
            g.delete_vertices([s, t])

    value, secs = timed(run, repeats)
    return {"source_country": ca, "sink_country": cb, "source_nodes": len(from_a), "sink_nodes": len(to_b), "answer": value}, secs


def serve(graph_file):
    with open(graph_file) as f:
        data = json.load(f)
    g = build_graph(data)
    print("ready", flush=True)
    for line in sys.stdin:
        name = line.strip()
        if name not in OPS:
            print(json.dumps({"op": name, "error": f"unknown op; known: {', '.join(OPS)}"}), flush=True)
            continue
        c = time.process_time()
        t = time.perf_counter()
        res, _ = OPS[name](data, g, 1)
        wall = time.perf_counter() - t
        cpu = time.process_time() - c
        print(json.dumps({"op": name, "answer": res["answer"], "seconds": wall, "cpu_seconds": cpu}), flush=True)
    return 0


OPS = {"load": op_load, "max_flow_node": op_max_flow_node, "max_flow_country": op_max_flow_country}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("graph", help="generator JSON (gen.cjs / bench/gen.ts format)")
    ap.add_argument("--repeats", type=int, default=3, help="repeats per op (median reported); default 3")
    ap.add_argument("--ops", default=",".join(OPS), help=f"comma-separated; default {','.join(OPS)}")
    ap.add_argument("--out", help="write the JSON results here instead of stdout")
    ap.add_argument("--table", action="store_true", help="print a summary to stderr")
    ap.add_argument("--serve", action="store_true", help="answer ops named on stdin, one run each (see above)")
    args = ap.parse_args(argv)
    if args.serve:
        return serve(args.graph)
    ops = args.ops.split(",")
    for name in ops:
        if name not in OPS:
            ap.error(f"unknown op {name!r}; known: {', '.join(OPS)}")

    with open(args.graph) as f:
        data = json.load(f)
    g = build_graph(data)
    results = []
    for name in ops:
        res, secs = OPS[name](data, g, args.repeats)
        results.append({"op": name, **res, "median_seconds": statistics.median(secs), "seconds": secs})
        if args.table:
            print(f"  igraph {name}: {statistics.median(secs) * 1000:.1f} ms, answer {res['answer']}", file=sys.stderr, flush=True)

    out = {
        "tool": "igraph",
        "igraph": ig.__version__,
        "python": platform.python_version(),
        "graph": {"file": args.graph, "n": data["n"], "m": data["m"], "seed": data["seed"]},
        "results": results,
    }
    text = json.dumps(out, indent=1)
    if args.out:
        with open(args.out, "w") as f:
            f.write(text + "\n")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
