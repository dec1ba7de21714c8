/**
 * Times `maxFlow` on the generated benchmark network, whole and by stage, node to node and country to
 * country (the questions of `bench/measure.ts`), to see where max-flow time goes.
 *
 * usage: node --expose-gc --import tsx bench/flow-time.ts [N=100000] [repeats=5]
 *
 * Stages: `model` is `buildFlowModel` (node splitting, super source and sink, capacities resolved),
 * `solve` is `maxFlowPushRelabel` on the model's arrays with a kept workspace, as `maxFlow` calls it
 * (preflow, valid flow, minimum cut), and
 * `maxFlow` the public call (constraints, id checks, model, solve, results by id). Medians in ms.
 */
import { maxFlow, parseNetwork } from '../src/index.js';
import { searchSpaceOf } from '../src/engine/search-space.js';
import { buildFlowModel } from '../src/engine/flow-model.js';
import { FlowWorkspace, maxFlowPushRelabel } from '../src/engine/push-relabel.js';
import { DEFAULT_BARRELS_PER_TONNE } from '../src/model/capacity-units.js';
import { resolveConstraints } from '../src/routing/options.js';
import { generateBenchGraph, benchGraphToDataset } from './gen.js';

const N = Number(process.argv[2] ?? 100_000);
const repeats = Number(process.argv[3] ?? 5);
const gc = (globalThis as { gc?: () => void }).gc;

const g = generateBenchGraph(N);
const network = parseNetwork(benchGraphToDataset(g), { checkNodeCountries: false });
gc?.();
const id = (i: number) => `n${i}`;
const [a, b] = g.queries.flowCountries;
const inCountry = (c: number) => g.country.flatMap((cc, i) => (cc === c ? [i] : []));
const questions = {
  node: { origins: [g.queries.sources[0]!], destinations: [g.queries.od[0]![1]] },
  country: { origins: inCountry(a), destinations: inCountry(b) },
};
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
const ms = (t0: number) => performance.now() - t0;

const options = { commodity: 'general-cargo' } as const;
const space = searchSpaceOf(network, resolveConstraints(network, options, 'bench', ['barrelsPerTonne']), 'lengthKm', 'bench');
const index = (i: number) => space.topology.nodeIndex.get(id(i))!;
const report: Record<string, unknown> = { N, M: g.m };
const workspace = new FlowWorkspace(); // as solveFlow keeps one per network
for (const [name, q] of Object.entries(questions)) {
  const whole: number[] = [];
  const model: number[] = [];
  const solve: number[] = [];
  let value = 0;
  for (let r = 0; r < repeats + 1; r++) {
    let t0 = performance.now();
    const result = maxFlow(network, q.origins.map(id), q.destinations.map(id), options);
    const tWhole = ms(t0);
    value = result.value / 1e6;
    t0 = performance.now();
    const m = buildFlowModel(space, 'general-cargo', q.origins.map(index), q.destinations.map(index), DEFAULT_BARRELS_PER_TONNE);
    const tModel = ms(t0);
    t0 = performance.now();
    const solved = maxFlowPushRelabel(
      { nodeCount: m.nodeCount, tail: m.tail, head: m.head, capacity: m.capacity, reverseArc: m.reverseArc, source: m.source, sink: m.sink },
      workspace,
    );
    if (Math.abs(solved.value / 1e6 - value) > 1e-6) throw new Error(`engine value ${solved.value / 1e6} differs from maxFlow's ${value}`);
    const tSolve = ms(t0);
    if (r === 0) continue; // warm-up
    whole.push(tWhole);
    model.push(tModel);
    solve.push(tSolve);
  }
  report[name] = { value, maxFlowMs: +median(whole).toFixed(1), modelMs: +median(model).toFixed(1), solveMs: +median(solve).toFixed(1) };
}
console.log(JSON.stringify(report, null, 1));
