/**
 * Times `parseNetwork` on the generated benchmark dataset and reports peak RSS.
 * usage: npx tsx --expose-gc bench/parse-time.ts [N=100000] [repeats=3]
 * (`--expose-gc` is optional; with it a GC runs between repeats so they start from the same heap.)
 */
import { parseNetwork } from '../src/index.js';
import { benchGraphToDataset, generateBenchGraph } from './gen.js';

const N = Number(process.argv[2] ?? 100_000);
const repeats = Number(process.argv[3] ?? 3);
const gc = (globalThis as { gc?: () => void }).gc;

let peakRss = process.memoryUsage().rss;
const sample = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const timer = setInterval(sample, 5);
timer.unref();

const mb = (b: number): string => `${(b / 2 ** 20).toFixed(0)} MB`;
const rssStart = process.memoryUsage().rss;

let t = performance.now();
const g = generateBenchGraph(N);
const genMs = performance.now() - t;
sample();
t = performance.now();
const dataset = benchGraphToDataset(g);
const convMs = performance.now() - t;
sample();
const rssBeforeParse = process.memoryUsage().rss;

const times: number[] = [];
let nodes = 0;
let links = 0;
let warnings = 0;
for (let r = 0; r < repeats; r++) {
  gc?.();
  t = performance.now();
  const network = parseNetwork(dataset, { checkNodeCountries: false }); // synthetic countries: see measure.ts
  times.push(performance.now() - t);
  sample();
  nodes = network.nodes.size;
  links = network.links.size;
  warnings = network.warnings.length;
}
clearInterval(timer);
sample();
const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)]!;
console.log(
  JSON.stringify(
    {
      N,
      M: g.m,
      nodes,
      links,
      warnings,
      generateMs: +genMs.toFixed(0),
      toDatasetMs: +convMs.toFixed(0),
      parseMs: times.map((x) => +x.toFixed(0)),
      parseMedianMs: +median.toFixed(0),
      rssStart: mb(rssStart),
      rssBeforeParse: mb(rssBeforeParse),
      rssPeakSampled: mb(peakRss),
      gcExposed: gc !== undefined,
    },
    null,
    1,
  ),
);
