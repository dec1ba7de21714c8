/**
 * Times route searches that count what the nodes charge (dwell at gauge and mode changes) and the
 * Pareto front, next to the plain k = 1 search, on the generator's network made multimodal:
 *
 * - every link gets a moving time (its length at 40 km/h);
 * - links inside a country of even index are standard gauge (1,435 mm), of odd index broad gauge
 *   (1,520 mm); a link between two countries takes its first country's gauge — so gauges change at
 *   many borders, as they do between China, Kazakhstan and Poland;
 * - one link in sixty (by id; `TRANSFERS_SEA_EVERY`) is a sea link, so modes change at its ends;
 * - every node where gauges or modes meet gets dwell entries: a gauge change of 6 h and a change of mode
 *   of 24 h, and one node in seven a 1–4 h passage (fixed by the node's index). With
 *   `TRANSFERS_DWELL=varying` a gauge change costs 2–11 h and a change of mode 12–35 h by the node's
 *   index instead: the stress case, where a route can gain by looping back through a node to change
 *   gauge or mode at a cheaper neighbour a few kilometres away (the generator's links are short), so
 *   the searches' best walks have loops and the exact loopless fallbacks run.
 *
 * The same OD pairs as `measure.ts` (the generator's first 10); results are answers and medians,
 * written to the JSON file given, for bench/README.md. No NetworkX counterpart: it has no search with
 * costs by arriving and leaving edge, or Pareto front.
 *
 * usage: node --expose-gc --import tsx bench/transfers.ts N REPEATS OUT.json
 */
import { writeFileSync } from 'node:fs';
import { findRoutes, paretoRoutes, parseNetwork, SearchLimitError } from '../src/index.js';
import { benchGraphToDataset, generateBenchGraph } from './gen.js';

const N = Number(process.argv[2] ?? 100_000);
const REPEATS = Number(process.argv[3] ?? 3);
const OUT = process.argv[4] ?? 'bench/results/transfers-latest.json';
/** One link in SEA_EVERY (by id) is a sea link (env TRANSFERS_SEA_EVERY; default 60). */
/** Pareto (time, length) runs on the first PARETO_PAIRS pairs, once each (env TRANSFERS_PARETO_PAIRS; default 3). */
const PARETO_PAIRS = Number(process.env['TRANSFERS_PARETO_PAIRS'] ?? 3);
/** Dwell by node index instead of one figure per trigger (env TRANSFERS_DWELL=varying). */
const VARYING = process.env['TRANSFERS_DWELL'] === 'varying';
const SEA_EVERY = Number(process.env['TRANSFERS_SEA_EVERY'] ?? 60);

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
    if (e % SEA_EVERY === 0) {
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
    if (at !== undefined && at.gauges.size > 1) dwell.push(entry('gauge-change', VARYING ? 2 + (i % 10) : 6));
    if (at !== undefined && at.modes.size > 1) dwell.push(entry('mode-change', VARYING ? 12 + (i % 24) : 24));
    if (i % 7 === 0 && at !== undefined) dwell.push(entry('passage', 1 + (i % 4)));
    if (dwell.length > 0) p['dwell'] = dwell;
  }
  return { dataset, queries: graph.queries };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function perPair(pairs: readonly (readonly [number, number])[], run: (o: string, d: string) => unknown, repeats = REPEATS): { medianSeconds: number; answers: unknown[] } {
  if (repeats > 1) for (const [o, d] of pairs) run(`n${o}`, `n${d}`); // warm-up
  const times: number[] = [];
  const answers: unknown[] = [];
  for (const [o, d] of pairs) {
    const runs: number[] = [];
    let answer: unknown;
    for (let r = 0; r < repeats; r++) {
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
  // The analyst's usual trade-off: the fastest route against the fastest that avoids a country — here
  // the first transit country of the fastest route, so that the front has a real choice.
  const avoided = new Map<string, string>();
  for (const [o, d] of pairs) {
    const fastest = findRoutes(network, `n${o}`, `n${d}`, { ...cargo, weight: 'transitTimeHours' }).routes[0];
    const country = fastest?.transitCountries[0];
    if (country !== undefined) avoided.set(`n${o}>n${d}`, country);
  }
  const paretoCrossing = perPair(pairs, (o, d) => {
    const country = avoided.get(`${o}>${d}`);
    if (country === undefined) return null;
    try {
      const f = paretoRoutes(network, o, d, { ...cargo, criteria: ['transitTimeHours', { crosses: [country as never] }] });
      return { avoided: country, frontSize: f.frontSize };
    } catch (error) {
      if (error instanceof SearchLimitError) return { avoided: country, frontSize: 'label limit' };
      throw error;
    }
  });
  // Two correlated but distinct criteria (time counts dwell, length does not): fronts grow with the
  // number of transfers a route can trade against distance; a search past the label limit is
  // reported as such with its time.
  const paretoTimeLength = perPair(pairs.slice(0, PARETO_PAIRS), (o, d) => {
    try {
      return paretoRoutes(network, o, d, { ...cargo, criteria: ['transitTimeHours', 'lengthKm'] }).frontSize;
    } catch (error) {
      if (error instanceof SearchLimitError) return 'label limit';
      throw error;
    }
  }, 1);
  const result = {
    n: N,
    repeats: REPEATS,
    node: process.version,
    dwell: VARYING ? 'varying' : 'uniform',
    seaEvery: SEA_EVERY,
    nodesWithDwell: dataset.features.filter((f) => f.properties['dwell'] !== undefined).length,
    results: {
      k1LengthKm: plain,
      k1MovingHours: moving,
      k1TransitTimeHoursWithDwell: withDwell,
      paretoTimeVsCrossing: paretoCrossing,
      paretoTimeAndLength: paretoTimeLength,
    },
  };
  writeFileSync(OUT, JSON.stringify(result, null, 1));
  const ms = (s: number) => `${(s * 1000).toFixed(1)} ms`;
  console.log(
    `n=${N}: k=1 by length ${ms(plain.medianSeconds)}; by moving time ${ms(moving.medianSeconds)}; by time with dwell ${ms(withDwell.medianSeconds)}; Pareto (time, crosses X) ${ms(paretoCrossing.medianSeconds)}; Pareto (time, length) ${ms(paretoTimeLength.medianSeconds)} (front sizes ${paretoTimeLength.answers.join(', ')})`,
  );
}
