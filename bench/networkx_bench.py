#!/usr/bin/env python3
"""NetworkX side of the transcaspian benchmark.

Reads a generator JSON file (the format written by /work/shared/bench/gen.cjs and bench/gen.ts) and a
JSON list of operations, times NetworkX on the same graph and writes JSON results (answers + median
seconds over repeats) to stdout or --out.

usage:
  python3 bench/networkx_bench.py GRAPH.json [OPS.json] [--repeats 3] [--kshortest-timeout 600]
                                  [--out RESULT.json] [--table]

OPS.json is a JSON list; each item is an op name or an object {"op": name, ...options}. Without it all
six ops run with their defaults (see DEFAULT_OPS). Ops and options:
  load                    time to build the nx.Graph from the JSON arrays (json parsing not included).
  bidirectional_dijkstra  {"pairs": 10}  nx.bidirectional_dijkstra(G, o, d, weight='w') for the first
                          `pairs` OD pairs; answer = path cost (or null when there is no path).
  k_shortest              {"pair": 0, "k": 10, "timeout": <--kshortest-timeout>} first k paths of
                          nx.shortest_simple_paths(G, o, d, weight='w'), run in a subprocess; answer = the
                          k costs, or "timeout" (with the costs found before the timeout) when exceeded.
                          The timeout counts from when the subprocess has built its graph.
  must_pass_countries     {"pairs": 100} for each OD pair, the sorted country indices c (other than the
                          origin's and destination's) such that removing every node of c disconnects
                          the pair. Per country: connected components of the subgraph view G - nodes(c),
                          then compare the pair's component labels. Timed whole, preparation included.
  max_flow_node           {"source": 0, "target_pair": 0, "flow_func": "preflow_push"}
                          nx.maximum_flow_value(G, sources[source], od[target_pair][1], capacity='cap').
                          On an undirected nx.Graph NetworkX's residual network gives each edge two arcs of
                          capacity cap, i.e. usable either way with capacity cap.
  max_flow_country        {"flow_func": "preflow_push"} super source joined (no 'cap' attribute = infinite
                          capacity in NetworkX) to every node of country flowCountries[0], super sink
                          joined to every node of flowCountries[1]; value.
Any op also takes {"repeats": R}. flow_func is one of preflow_push (NetworkX's default),
edmonds_karp, shortest_augmenting_path, dinitz, boykov_kolmogorov.

Path costs: "cost" is the length NetworkX reports; "cost_path_order" re-sums w along the returned path
from the origin (the natural order for a comparison with another implementation; the two may differ in
the last bits because floating-point addition is not associative).

--table prints a small summary table to stderr (stdout stays pure JSON).
"""
import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import threading
import time
import queue

import networkx as nx
from networkx.algorithms import flow as nxflow

DEFAULT_OPS = [
    "load",
    {"op": "bidirectional_dijkstra", "pairs": 10},
    {"op": "k_shortest", "pair": 0, "k": 10},
    {"op": "must_pass_countries", "pairs": 100},
    {"op": "max_flow_node", "source": 0, "target_pair": 0, "flow_func": "preflow_push"},
    {"op": "max_flow_country", "flow_func": "preflow_push"},
]

FLOW_FUNCS = {
    "preflow_push": nxflow.preflow_push,
    "edmonds_karp": nxflow.edmonds_karp,
    "shortest_augmenting_path": nxflow.shortest_augmenting_path,
    "dinitz": nxflow.dinitz,
    "boykov_kolmogorov": nxflow.boykov_kolmogorov,
}


def load_json(path):
    with open(path) as f:
        return json.load(f)


def build_graph(data):
    """nx.Graph with nodes 0..n-1 (attribute country) and edges (u, v, w=, cap=)."""
    G = nx.Graph()
    country = data["country"]
    G.add_nodes_from((i, {"country": country[i]}) for i in range(data["n"]))
    G.add_edges_from(
        (u, v, {"w": w, "cap": c}) for u, v, w, c in zip(data["u"], data["v"], data["w"], data["cap"])
    )
    return G


def path_cost(G, path):
    total = 0.0
    for a, b in zip(path, path[1:]):
        total += G[a][b]["w"]
    return total


def timed(fn, repeats):
    """Runs fn() `repeats` times; returns (last result, list of seconds)."""
    secs = []
    result = None
    for _ in range(max(1, repeats)):
        t = time.perf_counter()
        result = fn()
        secs.append(time.perf_counter() - t)
    return result, secs


# ---------------------------------------------------------------- operations

def op_load(data, G, opts, repeats):
    g, secs = timed(lambda: build_graph(data), repeats)
    return {"answer": {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}}, secs


def op_bidirectional_dijkstra(data, G, opts, repeats):
    pairs = data["queries"]["od"][: opts.get("pairs", 10)]
    per_query = [[] for _ in pairs]

    def run():
        out = []
        for q, (o, d) in enumerate(pairs):
            t = time.perf_counter()
            try:
                length, path = nx.bidirectional_dijkstra(G, o, d, weight="w")
            except nx.NetworkXNoPath:
                length, path = None, None
            per_query[q].append(time.perf_counter() - t)
            out.append(
                {
                    "origin": o,
                    "destination": d,
                    "cost": length,
                    "cost_path_order": None if path is None else path_cost(G, path),
                    "hops": None if path is None else len(path) - 1,
                }
            )
        return out

    answers, secs = timed(run, repeats)
    return {
        "answer": answers,
        "per_query_median_seconds": [statistics.median(s) for s in per_query],
    }, secs


def kshortest_worker(graph_path, origin, destination, k):
    """Subprocess body: builds the graph, prints 'ready', then one JSON line per path found."""
    data = load_json(graph_path)
    G = build_graph(data)
    del data
    print(json.dumps({"ready": True}), flush=True)
    t0 = time.perf_counter()
    found = 0
    for path in nx.shortest_simple_paths(G, origin, destination, weight="w"):
        found += 1
        print(
            json.dumps({"cost": path_cost(G, path), "hops": len(path) - 1, "t": time.perf_counter() - t0}),
            flush=True,
        )
        if found >= k:
            break
    print(json.dumps({"done": True, "t": time.perf_counter() - t0}), flush=True)


def run_kshortest_subprocess(graph_path, origin, destination, k, timeout):
    """Returns (status, costs, seconds, per-path records); status is 'ok', 'timeout' or 'error'."""
    proc = subprocess.Popen(
        [sys.executable, os.path.abspath(__file__), "--kshortest-worker", graph_path, str(origin), str(destination), str(k)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines = queue.Queue()

    def reader():
        for line in proc.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=reader, daemon=True).start()
    records = []
    status = "error"
    deadline = None
    total = None
    load_deadline = time.monotonic() + max(600.0, timeout)  # generous allowance for building the graph
    while True:
        limit = deadline if deadline is not None else load_deadline
        remaining = limit - time.monotonic()
        if remaining <= 0:
            status = "timeout"
            break
        try:
            line = lines.get(timeout=remaining)
        except queue.Empty:
            status = "timeout"
            break
        if line is None:
            break
        msg = json.loads(line)
        if msg.get("ready"):
            deadline = time.monotonic() + timeout
        elif msg.get("done"):
            status = "ok"
            total = msg["t"]
        else:
            records.append(msg)
    if status == "timeout":
        proc.kill()
    proc.wait()
    err = proc.stderr.read()
    if status == "error":
        raise RuntimeError(f"k_shortest worker failed (exit {proc.returncode}): {err[-2000:]}")
    if status == "timeout":
        total = float(timeout)
    return status, [r["cost"] for r in records], total, records


def op_k_shortest(data, G, opts, repeats, graph_path, default_timeout):
    o, d = data["queries"]["od"][opts.get("pair", 0)]
    k = opts.get("k", 10)
    timeout = float(opts.get("timeout", default_timeout))
    secs = []
    status, costs, records = "ok", [], []
    for _ in range(max(1, repeats)):
        status, costs, total, records = run_kshortest_subprocess(graph_path, o, d, k, timeout)
        secs.append(total)
        if status != "ok":
            break  # do not repeat a timeout
    res = {
        "origin": o,
        "destination": d,
        "k": k,
        "timeout_seconds": timeout,
        "status": status,
        "answer": costs if status == "ok" else "timeout",
        "costs_found": costs,
        "hops": [r["hops"] for r in records],
        "seconds_to_each_path": [r["t"] for r in records],
    }
    return res, secs


def must_pass_countries(G, data, pairs):
    country = data["country"]
    n_countries = data["countries"]
    by_country = [[] for _ in range(n_countries)]
    for i, c in enumerate(country):
        by_country[c].append(i)
    answers = [[] for _ in pairs]
    for c in range(n_countries):
        relevant = [q for q, (o, d) in enumerate(pairs) if country[o] != c and country[d] != c]
        if not relevant:
            continue
        removed = set(by_country[c])
        H = nx.restricted_view(G, removed, [])
        label = {}
        for idx, comp in enumerate(nx.connected_components(H)):
            for v in comp:
                label[v] = idx
        for q in relevant:
            o, d = pairs[q]
            if label[o] != label[d]:
                answers[q].append(c)
    return answers  # per pair, ascending c by construction


def op_must_pass_countries(data, G, opts, repeats):
    pairs = data["queries"]["od"][: opts.get("pairs", 100)]
    answers, secs = timed(lambda: must_pass_countries(G, data, pairs), repeats)
    nonempty = sum(1 for a in answers if a)
    return {
        "method": "per country: nx.connected_components(nx.restricted_view(G, nodes_of_country, [])), compare labels",
        "answer": [{"origin": o, "destination": d, "countries": a} for (o, d), a in zip(pairs, answers)],
        "pairs_with_a_must_pass_country": nonempty,
    }, secs


def op_max_flow_node(data, G, opts, repeats):
    s = data["queries"]["sources"][opts.get("source", 0)]
    t = data["queries"]["od"][opts.get("target_pair", 0)][1]
    name = opts.get("flow_func", "preflow_push")
    func = FLOW_FUNCS[name]
    value, secs = timed(lambda: nx.maximum_flow_value(G, s, t, capacity="cap", flow_func=func), repeats)
    return {"source": s, "sink": t, "flow_func": name, "answer": value}, secs


SUPER_S = "super-source"
SUPER_T = "super-sink"


def op_max_flow_country(data, G, opts, repeats):
    ca, cb = data["queries"]["flowCountries"]
    name = opts.get("flow_func", "preflow_push")
    func = FLOW_FUNCS[name]
    country = data["country"]

    def run():
        # G is modified in place (cheaper than copying 100k nodes) and restored afterwards.
        G.add_edges_from((SUPER_S, i) for i, c in enumerate(country) if c == ca)  # no 'cap' = infinite
        G.add_edges_from((i, SUPER_T) for i, c in enumerate(country) if c == cb)
        try:
            return nx.maximum_flow_value(G, SUPER_S, SUPER_T, capacity="cap", flow_func=func)
        finally:
            G.remove_nodes_from([SUPER_S, SUPER_T])

    value, secs = timed(run, repeats)
    return {
        "source_country": ca,
        "sink_country": cb,
        "source_nodes": sum(1 for c in country if c == ca),
        "sink_nodes": sum(1 for c in country if c == cb),
        "flow_func": name,
        "answer": value,
    }, secs


OPS = {
    "load": op_load,
    "bidirectional_dijkstra": op_bidirectional_dijkstra,
    "k_shortest": op_k_shortest,
    "must_pass_countries": op_must_pass_countries,
    "max_flow_node": op_max_flow_node,
    "max_flow_country": op_max_flow_country,
}


def peak_rss_mb():
    try:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KB on Linux
    except Exception:  # pragma: no cover
        return None


def fmt_seconds(s):
    if s is None:
        return "-"
    return f"{s * 1000:.1f} ms" if s < 1 else f"{s:.2f} s"


def summarize(res):
    a = res.get("answer")
    op = res["op"]
    if op == "load":
        return f"{a['nodes']} nodes, {a['edges']} edges"
    if op == "bidirectional_dijkstra":
        costs = [x["cost"] for x in a]
        return f"{len(costs)} pairs, first cost {costs[0]:.3f}" if costs else "no pairs"
    if op == "k_shortest":
        if res["status"] == "ok":
            return f"k={res['k']}: {a[0]:.3f} .. {a[-1]:.3f}" if a else "no path"
        return f"TIMEOUT after {res['timeout_seconds']:.0f} s ({len(res['costs_found'])} paths found)"
    if op == "must_pass_countries":
        return f"{res['pairs_with_a_must_pass_country']}/{len(a)} pairs have a must-pass country"
    if op.startswith("max_flow"):
        return f"value {a} ({res['flow_func']})"
    return ""


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--kshortest-worker":
        _, graph_path, o, d, k = argv
        kshortest_worker(graph_path, int(o), int(d), int(k))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("graph", help="generator JSON (gen.cjs / bench/gen.ts format)")
    ap.add_argument("ops", nargs="?", help="JSON list of operations (default: all six)")
    ap.add_argument("--repeats", type=int, default=3, help="repeats per op (median reported); default 3")
    ap.add_argument("--kshortest-timeout", type=float, default=600.0, help="seconds; default 600")
    ap.add_argument("--out", help="write the JSON results here instead of stdout")
    ap.add_argument("--table", action="store_true", help="print a summary table to stderr")
    args = ap.parse_args(argv)

    t = time.perf_counter()
    data = load_json(args.graph)
    json_seconds = time.perf_counter() - t
    ops = DEFAULT_OPS if args.ops is None else load_json(args.ops)
    ops = [{"op": o} if isinstance(o, str) else dict(o) for o in ops]
    for o in ops:
        if o["op"] not in OPS:
            ap.error(f"unknown op {o['op']!r}; known: {', '.join(OPS)}")

    G = build_graph(data)
    results = []
    for o in ops:
        name = o["op"]
        repeats = int(o.get("repeats", args.repeats if name != "k_shortest" else 1))
        if name == "k_shortest":
            res, secs = op_k_shortest(data, G, o, repeats, os.path.abspath(args.graph), args.kshortest_timeout)
        else:
            res, secs = OPS[name](data, G, o, repeats)
        res = {"op": name, "options": o, **res, "median_seconds": statistics.median(secs), "seconds": secs}
        results.append(res)
        if args.table:
            print(f"  done {name}: {fmt_seconds(res['median_seconds'])}", file=sys.stderr, flush=True)

    out = {
        "tool": "networkx",
        "networkx": nx.__version__,
        "python": platform.python_version(),
        "graph": {"file": args.graph, "n": data["n"], "m": data["m"], "seed": data["seed"], "joins": data["joins"]},
        "json_parse_seconds": json_seconds,
        "peak_rss_mb": peak_rss_mb(),
        "results": results,
    }
    text = json.dumps(out, indent=1)
    if args.out:
        with open(args.out, "w") as f:
            f.write(text + "\n")
    else:
        print(text)
    if args.table:
        rows = [("op", "median", "repeats", "answer")]
        for r in results:
            rows.append((r["op"], fmt_seconds(r["median_seconds"]), str(len(r["seconds"])), summarize(r)))
        widths = [max(len(row[i]) for row in rows) for i in range(4)]
        print(f"NetworkX {nx.__version__}, n={data['n']} m={data['m']} seed={data['seed']}", file=sys.stderr)
        for i, row in enumerate(rows):
            print("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip(), file=sys.stderr)
            if i == 0:
                print("  ".join("-" * w for w in widths), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
