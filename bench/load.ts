/**
 * Measures load and build alone on one generated benchmark network, from the dataset object or from
 * its JSON text, in a fresh process per source so that the peak memory of one does not hide the other's
 * (run by `bench/run.ts`; also handy on its own while working on the loader).
 *
 * usage: node --expose-gc --import tsx bench/load.ts N REPEATS object|text [OUT.json]
 *
 * "object": `parseNetwork(dataset)`; "text": `parseNetwork(JSON.parse(text))`, the text made by
 * `JSON.stringify` beforehand (not timed). Each run then builds the routing index (`topologyOf` and the
 * default search space, through one `findRoutes`), as bench/measure.ts does. Prints and writes JSON:
 * the median and every run in seconds (`parseSeconds`: up to the network, JSON.parse included for
 * "text"; `cpuMedianSeconds`: the process's CPU time, user and system, all threads, a steadier
 * figure than wall time on a busy machine), and the peak rise in resident set size during the first run over the process before it
 * (the dataset or text already in memory), in MiB, and `retainedHeapMiB`, the heap the network and its
 * routing index keep after a full collection (needs `--expose-gc`).
 */
import { writeFileSync } from 'node:fs';
import { findRoutes, type Network, parseNetwork } from '../src/index.js';
import { topologyOf } from '../src/engine/topology.js';
import { benchGraphToDataset, generateBenchGraph } from './gen.js';

const N = Number(process.argv[2]);
const REPEATS = Number(process.argv[3] ?? 3);
const SOURCE = process.argv[4] ?? 'object';
const OUT = process.argv[5];
if (!Number.isInteger(N) || N < 2 || (SOURCE !== 'object' && SOURCE !== 'text')) {
  console.error('usage: node --expose-gc --import tsx bench/load.ts N REPEATS object|text [OUT.json]');
  process.exit(2);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const seconds = (t0: number) => (performance.now() - t0) / 1000;

let dataset: unknown = benchGraphToDataset(generateBenchGraph(N));
let text = '';
if (SOURCE === 'text') {
  text = JSON.stringify(dataset);
  dataset = undefined;
}

global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const before = process.memoryUsage().rss;
let peak = before;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 2);
const runs: number[] = [];
const parseRuns: number[] = [];
const cpuRuns: number[] = [];
let network: Network | undefined;
let retainedHeapMiB = Number.NaN;
for (let r = 0; r < REPEATS; r++) {
  if (r > 0) {
    network = undefined;
    global.gc?.();
  }
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  // Synthetic countries (Voronoi regions of a made-up map): the check against real borders is off.
  network = parseNetwork(SOURCE === 'text' ? JSON.parse(text) : dataset, { checkNodeCountries: false });
  parseRuns.push(seconds(t0));
  topologyOf(network);
  findRoutes(network, 'n0', 'n1');
  runs.push(seconds(t0));
  const cpu = process.cpuUsage(cpu0);
  cpuRuns.push((cpu.user + cpu.system) / 1e6);
  if (r === 0) {
    peak = Math.max(peak, process.memoryUsage().rss);
    clearInterval(sampler);
    global.gc?.();
    retainedHeapMiB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  }
}
const result = {
  n: N,
  source: SOURCE,
  node: process.version,
  medianSeconds: median(runs),
  seconds: runs,
  parseMedianSeconds: median(parseRuns),
  parseSeconds: parseRuns,
  cpuMedianSeconds: median(cpuRuns),
  peakRssRiseMiB: (peak - before) / 2 ** 20,
  rssBeforeMiB: before / 2 ** 20,
  retainedHeapMiB,
  textMiB: text.length / 2 ** 20,
  answer: { nodes: network!.nodes.size, links: network!.links.size },
};
console.log(JSON.stringify(result));
if (OUT !== undefined) writeFileSync(OUT, JSON.stringify(result, null, 1));
