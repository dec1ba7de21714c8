/**
 * Measures transcaspian on one generated benchmark network (run by `bench/run.ts` in a fresh process
 * per size, so that memory and JIT state do not carry over between sizes).
 *
 * usage: node --import tsx bench/measure.ts N REPEATS OUT.json [flow]
 * Writes JSON: per operation the median seconds over REPEATS runs and the answers, for comparison
 * with NetworkX's and igraph's answers by `bench/run.ts`. With `flow`, only one load and the two
 * max-flow questions are measured.
 */
import { writeFileSync } from 'node:fs';
import {
  criticalElements,
  findMustPassCountries,
  findRoutes,
  maxFlow,
  type Network,
  parseNetwork,
} from '../src/index.js';
import { topologyOf } from '../src/engine/topology.js';
import { BENCH_COUNTRY_CODES, benchGraphToDataset, generateBenchGraph } from './gen.js';

const N = Number(process.argv[2]);
const REPEATS = Number(process.argv[3] ?? 3);
const OUT = process.argv[4]!;
const FLOW_ONLY = process.argv[5] === 'flow';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const seconds = (t0: number) => (performance.now() - t0) / 1000;
function timed<T>(repeats: number, fn: () => T): { answer: T; medianSeconds: number; seconds: number[] } {
  const runs: number[] = [];
  let answer!: T;
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    answer = fn();
    runs.push(seconds(t0));
  }
  return { answer, medianSeconds: median(runs), seconds: runs };
}

const graph = generateBenchGraph(N);
const dataset = benchGraphToDataset(graph);
const id = (i: number) => `n${i}`;
const results: Record<string, unknown> = {};

// Load and build: validation (zod) and the network records, then the routing index (CSR topology and
// the default search space) that every query needs. Peak memory is sampled during the first run, as
// the rise in resident set size over the process before the load (the generated dataset included).
{
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 2);
  const runs: number[] = [];
  const parseRuns: number[] = [];
  let network!: Network;
  for (let r = 0; r < (FLOW_ONLY ? 1 : REPEATS); r++) {
    if (r > 0) global.gc?.();
    const t0 = performance.now();
    // The generator's countries are Voronoi regions of a made-up map, not real places: the check of
    // node positions against real borders would only warn about every node, so it is off here.
    network = parseNetwork(dataset, { checkNodeCountries: false });
    parseRuns.push(seconds(t0));
    topologyOf(network);
    findRoutes(network, id(0), id(1)); // builds and caches the default search space
    runs.push(seconds(t0));
    if (r === 0) {
      peak = Math.max(peak, process.memoryUsage().rss);
      clearInterval(sampler);
    }
  }
  results['load'] = {
    medianSeconds: median(runs),
    seconds: runs,
    parseMedianSeconds: median(parseRuns),
    peakRssRiseMiB: (peak - before) / 2 ** 20,
    rssBeforeMiB: before / 2 ** 20,
    answer: { nodes: network.nodes.size, links: network.links.size },
  };
  (globalThis as { network?: Network }).network = network;
}
const network = (globalThis as { network?: Network }).network!;
const { od, sources, flowCountries } = graph.queries;

// k = 1 for the first 10 OD pairs (NetworkX: bidirectional_dijkstra on the same pairs).
if (!FLOW_ONLY) {
  const perQuery: number[] = [];
  const answers: (number | null)[] = [];
  // The three loads leave ~500 MiB of garbage: collect it once (node runs with --expose-gc under
  // bench/run.ts) rather than bill it to the first query; CPython frees most garbage as it goes.
  // Not before every run: a full collection also discards V8's compiled code, so each run would
  // start cold. Then warm up, as NetworkX's repeats are warm.
  global.gc?.();
  for (const [o, d] of od.slice(0, 10)) findRoutes(network, id(o), id(d));
  for (const [o, d] of od.slice(0, 10)) {
    const r = timed(REPEATS, () => findRoutes(network, id(o), id(d)));
    perQuery.push(r.medianSeconds);
    answers.push(r.answer.routes[0]?.cost ?? null);
  }
  results['k1'] = { medianSeconds: median(perQuery), totalSeconds: perQuery.reduce((a, b) => a + b, 0), perQuerySeconds: perQuery, answer: answers };
}

// k = 10 for OD pair 0.
if (!FLOW_ONLY) {
  const [o, d] = od[0]!;
  const r = timed(Math.min(REPEATS, 3), () => findRoutes(network, id(o), id(d), { k: 10 }));
  results['k10'] = { medianSeconds: r.medianSeconds, seconds: r.seconds, answer: r.answer.routes.map((route) => route.cost) };
}

// Must-pass countries for 100 OD pairs, preparation (one labelling per country) included.
if (!FLOW_ONLY) {
  const pairs = od.slice(0, 100).map(([o, d]) => [id(o), id(d)] as const);
  const r = timed(REPEATS, () => findMustPassCountries(network, pairs));
  results['mustPass'] = {
    medianSeconds: r.medianSeconds,
    seconds: r.seconds,
    answer: r.answer.map((x) => x.mustPassCountries.map((code) => BENCH_COUNTRY_CODES.indexOf(code)).sort((a, b) => a - b)),
  };
}

// Max-flow node to node and country to country (capacities in Mt/yr; NetworkX and igraph use the raw
// numbers).
{
  if (FLOW_ONLY) global.gc?.(); // what the load left behind, as before k = 1 otherwise
  const [, sink] = od[0]!;
  const node = timed(REPEATS, () => maxFlow(network, id(sources[0]!), id(sink), { commodity: 'general-cargo' }));
  results['maxFlowNode'] = { medianSeconds: node.medianSeconds, seconds: node.seconds, answer: node.answer.value / 1e6 };
  const [a, b] = flowCountries;
  const inCountry = (c: number) => graph.country.flatMap((cc, i) => (cc === c ? [id(i)] : []));
  const country = timed(REPEATS, () => maxFlow(network, inCountry(a), inCountry(b), { commodity: 'general-cargo' }));
  results['maxFlowCountry'] = { medianSeconds: country.medianSeconds, seconds: country.seconds, answer: country.answer.value / 1e6 };
}

// N-1 ranking (only on small networks: one max-flow per element carrying flow).
if (N <= 1000) {
  const [o, d] = od[0]!;
  const r = timed(REPEATS, () => criticalElements(network, id(o), id(d), { commodity: 'general-cargo' }));
  results['criticalElements'] = { medianSeconds: r.medianSeconds, seconds: r.seconds, answer: { rows: r.answer.rows.length, top: r.answer.rows[0] } };
}

// The graphology view, built on first access: timed last, so that the queries above run in the state
// of a user who never touches network.graph (the view doubles the heap the collector walks).
if (!FLOW_ONLY) {
  global.gc?.();
  const t0 = performance.now();
  void network.graph.order;
  (results['load'] as Record<string, unknown>)['graphologyViewSeconds'] = seconds(t0);
}

writeFileSync(OUT, JSON.stringify({ n: N, m: graph.m, repeats: REPEATS, node: process.version, results }, null, 1));
