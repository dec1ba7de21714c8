/**
 * Times route searches that count what the nodes charge (dwell at gauge and mode changes) and the
 * Pareto front, next to the plain k = 1 search, on the generator's network made multimodal:
 *
 * - every link gets a moving time (its length at 40 km/h);
 * - links inside a country of even index are standard gauge (1,435 mm), of odd index broad gauge
 *   (1,520 mm); a link between two countries takes its first country's gauge — so gauges change at
 *   many borders, as they do between China, Kazakhstan and Poland;
 * - one link in twelve (by id) is a sea link, so modes change at its ends;
 * - every node where gauges or modes meet gets dwell entries: a gauge change of 2–11 h and a change of
 *   mode of 12–35 h (fixed by the node's index), and one node in seven a 1–4 h passage.
 *
 * The same OD pairs as `measure.ts` (the generator's first 10); results are answers and medians,
 * written to the JSON file given, for bench/README.md. No NetworkX counterpart: it has no search with
 * costs by arriving and leaving edge, or Pareto front.
 *
 * usage: node --expose-gc --import tsx bench/transfers.ts N REPEATS OUT.json
 */
import { writeFileSync } from 'node:fs';
import { findRoutes, paretoRoutes, parseNetwork } from '../src/index.js';
import { benchGraphToDataset, generateBenchGraph } from './gen.js';

const N = Number(process.argv[2] ?? 100_000);
const REPEATS = Number(process.argv[3] ?? 3);
const OUT = process.argv[4] ?? 'bench/results/transfers-latest.json';

type Props = Record<string, unknown>;
interface Feature {
  readonly geometry: unknown;
  readonly properties: Props;
}

/** The generator's dataset made multimodal, as described above (deterministic). */
export function multimodalDataset(n: number): { dataset: { type: 'FeatureCollection'; features: Feature[] }; queries: ReturnType<typeof generateBenchGraph>['queries'] } {
  const graph = generateBenchGraph(n);
  const dataset = benchGraphToDataset(graph) as { type: 'FeatureCollection'; features: Feature[] };
  const countryIndex = (code: string) => code.charCodeAt(0) * 26 + code.charCodeAt(1);
  const incident = new Map<string, { modes: Set<string>; gauges: Set<number> }>();
  const touch = (id: string, mode: string, gauge: number | undefined) => {
    let entry = incident.get(id);
    if (entry === undefined) incident.set(id, (entry = { modes: new Set(), gauges: new Set() }));
    entry.modes.add(mode);
    if (gauge !== undefined) entry.gauges.add(gauge);
  };
  for (const feature of dataset.features) {
    const p = feature.properties;
    if (p['type'] !== 'link') continue;
    const e = Number(String(p['id']).slice(1));
    p['transitTimeHours'] = Math.max(0.1, Math.round(((p['lengthKm'] as number) / 40) * 10) / 10);
    p['transitTimeBasis'] = 'derived-from-speed';
    if (e % 12 === 0) {
      p['mode'] = 'sea';
    } else {
      p['gaugeMm'] = countryIndex((p['transitCountries'] as string[])[0]!) % 2 === 0 ? 1435 : 1520;
    }
    touch(p['from'] as string, p['mode'] as string, p['gaugeMm'] as number | undefined);
    touch(p['to'] as string, p['mode'] as string, p['gaugeMm'] as number | undefined);
  }
  const entry = (trigger: string, hours: number) => ({ trigger, activity: `bench ${trigger}`, commodities: ['general-cargo'], hours, basis: 'published', year: 2026, note: 'benchmark figure' });
  for (const feature of dataset.features) {
    const p = feature.properties;
    if (p['type'] !== 'node') continue;
    const i = Number(String(p['id']).slice(1));
    const at = incident.get(p['id'] as string);
    const dwell: object[] = [];
    if (at !== undefined && at.gauges.size > 1) dwell.push(entry('gauge-change', 2 + (i % 10)));
    if (at !== undefined && at.modes.size > 1) dwell.push(entry('mode-change', 12 + (i % 24)));
    if (i % 7 === 0 && at !== undefined) dwell.push(entry('passage', 1 + (i % 4)));
    if (dwell.length > 0) p['dwell'] = dwell;
  }
  return { dataset, queries: graph.queries };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function perPair(pairs: readonly (readonly [number, number])[], run: (o: string, d: string) => unknown): { medianSeconds: number; answers: unknown[] } {
  for (const [o, d] of pairs) run(`n${o}`, `n${d}`); // warm-up
  const times: number[] = [];
  const answers: unknown[] = [];
  for (const [o, d] of pairs) {
    const runs: number[] = [];
    let answer: unknown;
    for (let r = 0; r < REPEATS; r++) {
      const t0 = performance.now();
      answer = run(`n${o}`, `n${d}`);
      runs.push((performance.now() - t0) / 1000);
    }
    times.push(median(runs));
    answers.push(answer);
  }
  return { medianSeconds: median(times), answers };
}

if (process.argv[1]?.endsWith('transfers.ts')) {
  const { dataset, queries } = multimodalDataset(N);
  const network = parseNetwork(dataset, { checkNodeCountries: false });
  global.gc?.();
  const pairs = queries.od.slice(0, 10);
  const cargo = { commodity: 'general-cargo' } as const;
  const plain = perPair(pairs, (o, d) => findRoutes(network, o, d, cargo).routes[0]?.cost ?? null);
  const moving = perPair(pairs, (o, d) => findRoutes(network, o, d, { ...cargo, weight: 'movingHours' }).routes[0]?.cost ?? null);
  const withDwell = perPair(pairs, (o, d) => {
    const r = findRoutes(network, o, d, { ...cargo, weight: 'transitTimeHours' }).routes[0];
    return r === undefined ? null : { hours: r.cost, transfers: r.transfers };
  });
  const pareto = perPair(pairs.slice(0, 5), (o, d) => {
    const f = paretoRoutes(network, o, d, { ...cargo, criteria: ['transitTimeHours', 'lengthKm'] });
    return f.frontSize;
  });
  const result = {
    n: N,
    repeats: REPEATS,
    node: process.version,
    nodesWithDwell: dataset.features.filter((f) => f.properties['dwell'] !== undefined).length,
    results: {
      k1LengthKm: plain,
      k1MovingHours: moving,
      k1TransitTimeHoursWithDwell: withDwell,
      paretoTimeAndLength: pareto,
    },
  };
  writeFileSync(OUT, JSON.stringify(result, null, 1));
  const ms = (s: number) => `${(s * 1000).toFixed(1)} ms`;
  console.log(
    `n=${N}: k=1 by length ${ms(plain.medianSeconds)}; by moving time ${ms(moving.medianSeconds)}; by time with dwell ${ms(withDwell.medianSeconds)}; Pareto (time, length) ${ms(pareto.medianSeconds)} (front sizes ${pareto.answers.join(', ')})`,
  );
}
