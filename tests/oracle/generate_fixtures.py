#!/usr/bin/env python3
"""Generates tests/oracle/fixtures.json: small random multigraph cases with NetworkX's answers.

usage:
  python3 tests/oracle/generate_fixtures.py > tests/oracle/fixtures.json
  python3 tests/oracle/generate_fixtures.py tests/oracle/fixtures.json

Deterministic: one random.Random(20261129) drives everything, and every NetworkX call is on graphs
built in a fixed order, so the same NetworkX version writes byte-identical output.

Each case: 3-8 nodes (countries from AZ GE KZ TR RU), 2-16 links (parallel links and forward/both
directions common, never a self-loop; lengthKm an integer 1..9; capacity an integer 1..20, or null =
unknown for about 10 % of links), each link with its transitCountries (= [country(from)] or
[country(from), country(to)]), and queries with NetworkX's answers:

maxflow      {sources, sinks, value, minCutCapacity}. Model: a `forward` link u->v is an arc of capacity
             c; a `both` link is two opposite arcs u->v and v->u of capacity c each; parallel links add
             up; links whose capacity is null (unknown) are EXCLUDED (capacity 0). Conversion for
             NetworkX: parallel arcs are SUMMED into one arc of an nx.DiGraph (u->v and v->u stay
             separate arcs). Summing is exact for the max-flow value: parallel arcs with capacities
             c1..cj carry exactly what one arc of capacity c1+..+cj carries. (The generator checks
             this against the other conversion, an intermediate node per link.) Several sources or sinks
             are joined to a super source / super sink by arcs without a capacity attribute, which
             NetworkX treats as infinite. value = nx.maximum_flow_value (preflow_push, the default);
             minCutCapacity = nx.minimum_cut (run with edmonds_karp, an independent algorithm); equal.
kshortest    {origin, destination, k, costs}: costs (sums of lengthKm) of the first k loopless paths
             of nx.shortest_simple_paths (Yen) over an expanded nx.DiGraph in which parallel links stay
             distinct: every direction a link can be travelled in gets its own intermediate node m,
             u->m (weight = lengthKm) and m->v (weight 0). A simple path there is exactly a loopless
             path (no node twice) in the multigraph. Fewer than k costs = only that many loopless
             paths exist ([] = no path). Capacity is irrelevant here (null-capacity links are used).
             Ties may be ordered differently from the library's tie rule, so compare the costs as a
             sorted multiset of the first k: the multiset of the k smallest path costs is unique.
             (The generator checks each answer against a brute-force enumeration of all simple paths.)
disconnects  {origin, destination, removeNodes, removeCountries, disconnected}: whether removing the
             nodes in removeNodes, and every node of the countries in removeCountries, leaves no
             directed path origin -> destination (nx.has_path on the directed expanded graph; links
             of unknown capacity count as present). Removing a country also removes every link whose
             transitCountries include it; in these fixtures a link's transit countries are just its
             two end nodes' countries, so removing the nodes removes those links already. Neither
             list contains the origin, the destination or their countries.
"""
import itertools
import json
import random
import sys

import networkx as nx
from networkx.algorithms import flow as nxflow

SEED = 20261129
N_CASES = 300
COUNTRIES = ["AZ", "GE", "KZ", "TR", "RU"]
SUPER_S = "__super_source"
SUPER_T = "__super_sink"


# ------------------------------------------------------------------ random cases

def make_case(rng, index):
    n_nodes = rng.randint(3, 8)
    nodes = [{"id": f"n{i}", "country": rng.choice(COUNTRIES)} for i in range(n_nodes)]
    country = {nd["id"]: nd["country"] for nd in nodes}
    n_links = rng.randint(2, 16)
    links = []
    for j in range(n_links):
        if links and rng.random() < 0.3:
            # a parallel link: same ends as an earlier link, same or opposite orientation
            base = rng.choice(links)
            u, v = (base["from"], base["to"]) if rng.random() < 0.5 else (base["to"], base["from"])
        else:
            a, b = rng.sample(range(n_nodes), 2)
            u, v = f"n{a}", f"n{b}"
        direction = "both" if rng.random() < 0.5 else "forward"
        length = rng.randint(1, 9)
        capacity = None if rng.random() < 0.1 else rng.randint(1, 20)
        transit = [country[u]] if country[u] == country[v] else [country[u], country[v]]
        links.append(
            {
                "id": f"l{j:02d}",
                "from": u,
                "to": v,
                "direction": direction,
                "lengthKm": length,
                "capacity": capacity,
                "transitCountries": transit,
            }
        )
    return {"id": f"case-{index:03d}", "nodes": nodes, "links": links}


def arcs(case):
    """(link id, u, v) for every direction each link can be travelled in, in link order."""
    out = []
    for l in case["links"]:
        out.append((l["id"], l["from"], l["to"]))
        if l["direction"] == "both":
            out.append((l["id"], l["to"], l["from"]))
    return out


def length_of(case):
    return {l["id"]: l["lengthKm"] for l in case["links"]}


# ------------------------------------------------------------------ max flow

def flow_digraph_summed(case):
    """nx.DiGraph: parallel arcs summed, null-capacity links left out (capacity 0)."""
    D = nx.DiGraph()
    D.add_nodes_from(nd["id"] for nd in case["nodes"])
    cap = {l["id"]: l["capacity"] for l in case["links"]}
    for lid, u, v in arcs(case):
        c = cap[lid]
        if c is None:
            continue
        if D.has_edge(u, v):
            D[u][v]["capacity"] += c
        else:
            D.add_edge(u, v, capacity=c)
    return D


def flow_digraph_split(case):
    """Cross-check model: every arc u->v of capacity c becomes u->m->v through its own node m."""
    D = nx.DiGraph()
    D.add_nodes_from(nd["id"] for nd in case["nodes"])
    cap = {l["id"]: l["capacity"] for l in case["links"]}
    for i, (lid, u, v) in enumerate(arcs(case)):
        c = cap[lid]
        if c is None:
            continue
        m = f"__{lid}#{i}"
        D.add_edge(u, m, capacity=c)
        D.add_edge(m, v, capacity=c)
    return D


def with_super_terminals(D, sources, sinks):
    H = D.copy()
    for s in sources:
        H.add_edge(SUPER_S, s)  # no capacity attribute: infinite
    for t in sinks:
        H.add_edge(t, SUPER_T)
    return H


def maxflow_query(case, sources, sinks):
    H = with_super_terminals(flow_digraph_summed(case), sources, sinks)
    value = nx.maximum_flow_value(H, SUPER_S, SUPER_T, capacity="capacity")
    cut_value, (side_s, side_t) = nx.minimum_cut(
        H, SUPER_S, SUPER_T, capacity="capacity", flow_func=nxflow.edmonds_karp
    )
    # self-checks: the partition's crossing capacity is the cut value, and the other model agrees
    crossing = sum(d["capacity"] for a, b, d in H.edges(data=True) if a in side_s and b in side_t)
    assert crossing == cut_value == value, (case["id"], value, cut_value, crossing)
    H2 = with_super_terminals(flow_digraph_split(case), sources, sinks)
    assert nx.maximum_flow_value(H2, SUPER_S, SUPER_T, capacity="capacity") == value, case["id"]
    return {"kind": "maxflow", "sources": sources, "sinks": sinks, "value": value, "minCutCapacity": cut_value}


# ------------------------------------------------------------------ k shortest / reachability

def expanded_digraph(case):
    """Every travel direction of every link gets its own intermediate node: u->m (w=len), m->v (w=0)."""
    D = nx.DiGraph()
    D.add_nodes_from(nd["id"] for nd in case["nodes"])
    lengths = length_of(case)
    for lid, u, v in arcs(case):
        m = f"__{lid}:{u}>{v}"
        D.add_edge(u, m, weight=lengths[lid])
        D.add_edge(m, v, weight=0)
    return D


def path_cost(D, path):
    return sum(D[a][b]["weight"] for a, b in zip(path, path[1:]))


def kshortest_query(case, origin, destination, k):
    D = expanded_digraph(case)
    costs = []
    try:
        for path in itertools.islice(nx.shortest_simple_paths(D, origin, destination, weight="weight"), k):
            costs.append(path_cost(D, path))
    except nx.NetworkXNoPath:
        pass
    # self-check against brute force: all simple paths, costs sorted
    every = sorted(path_cost(D, p) for p in nx.all_simple_paths(D, origin, destination))
    assert sorted(costs) == every[:k], (case["id"], costs, every[:k])
    assert costs == sorted(costs), (case["id"], costs)
    return {"kind": "kshortest", "origin": origin, "destination": destination, "k": k, "costs": costs}


def disconnects_query(case, origin, destination, remove_nodes, remove_countries):
    D = expanded_digraph(case)
    country = {nd["id"]: nd["country"] for nd in case["nodes"]}
    gone = set(remove_nodes) | {v for v, c in country.items() if c in remove_countries}
    H = D.subgraph([v for v in D if v not in gone])
    disconnected = not nx.has_path(H, origin, destination)
    return {
        "kind": "disconnects",
        "origin": origin,
        "destination": destination,
        "removeNodes": remove_nodes,
        "removeCountries": remove_countries,
        "disconnected": disconnected,
    }


# ------------------------------------------------------------------ queries per case

def make_queries(rng, case):
    ids = [nd["id"] for nd in case["nodes"]]
    country = {nd["id"]: nd["country"] for nd in case["nodes"]}
    queries = []

    def pick_pair(D):
        """A random ordered pair of distinct nodes; 80 % of the time one with a path in D, if any."""
        if rng.random() < 0.8:
            linked = [(a, b) for a in ids for b in ids if a != b and nx.has_path(D, a, b)]
            if linked:
                return list(rng.choice(linked))
        return rng.sample(ids, 2)

    # max flow: node to node, then sets (when there are enough nodes)
    s, t = pick_pair(flow_digraph_summed(case))
    queries.append(maxflow_query(case, [s], [t]))
    if len(ids) >= 4:
        total = rng.randint(3, min(6, len(ids)))
        picked = rng.sample(ids, total)
        cut = rng.randint(1, total - 1)
        sources, sinks = sorted(picked[:cut], key=ids.index), sorted(picked[cut:], key=ids.index)
        queries.append(maxflow_query(case, sources, sinks))
    # k shortest: two pairs, k in 1..8
    for _ in range(2):
        o, d = pick_pair(expanded_digraph(case))
        queries.append(kshortest_query(case, o, d, rng.randint(1, 8)))
    # disconnects: nodes only, countries only, both (sometimes neither)
    for mode in ("nodes", "countries", "both"):
        o, d = rng.sample(ids, 2)
        others = [v for v in ids if v not in (o, d)]
        other_countries = sorted({c for c in country.values()} - {country[o], country[d]})
        remove_nodes, remove_countries = [], []
        if mode in ("nodes", "both") and others:
            remove_nodes = sorted(rng.sample(others, rng.randint(1, min(3, len(others)))), key=ids.index)
        if mode in ("countries", "both") and other_countries:
            remove_countries = sorted(rng.sample(other_countries, rng.randint(1, min(2, len(other_countries)))))
        if mode == "both" and rng.random() < 0.25:
            remove_nodes, remove_countries = [], []  # plain reachability
        queries.append(disconnects_query(case, o, d, remove_nodes, remove_countries))
    return queries


# ------------------------------------------------------------------ output

def dumps_case(case):
    """One line per node, link and query: readable diffs, modest size."""
    lines = ["  {", f'   "id": {json.dumps(case["id"])},']
    for key in ("nodes", "links", "queries"):
        items = [json.dumps(x, separators=(", ", ": ")) for x in case[key]]
        lines.append(f'   "{key}": [')
        lines.append(",\n".join("    " + s for s in items))
        lines.append("   ]" + ("," if key != "queries" else ""))
    lines.append("  }")
    return "\n".join(lines)


def generate():
    rng = random.Random(SEED)
    cases = []
    for i in range(1, N_CASES + 1):
        case = make_case(rng, i)
        case["queries"] = make_queries(rng, case)
        cases.append(case)
    return cases


def render(cases):
    head = {
        "generator": "tests/oracle/generate_fixtures.py",
        "seed": SEED,
        "networkx": nx.__version__,
        "countries": COUNTRIES,
    }
    out = ["{"]
    for k, v in head.items():
        out.append(f" {json.dumps(k)}: {json.dumps(v)},")
    out.append(' "cases": [')
    out.append(",\n".join(dumps_case(c) for c in cases))
    out.append(" ]")
    out.append("}")
    return "\n".join(out) + "\n"


def main(argv):
    text = render(generate())
    json.loads(text)  # well-formed
    if len(argv) > 1:
        with open(argv[1], "w") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
