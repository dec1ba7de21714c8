/**
 * Seeded generator of corridor-like benchmark networks: a TypeScript port of `/work/shared/bench/gen.cjs`
 * that returns exactly the same numbers for the same `(n, seed)` (same PRNG, same call order: x/y,
 * then edges, component joins, country seeds, capacities, queries).
 *
 * Graph: `n` points uniform in [0,1000]²; undirected edges = symmetrised 3-nearest-neighbour graph,
 * then every smaller component joined to its nearest other component until the graph is connected.
 * Weight = euclidean length; capacity = integer in [10,100]; country = nearest of 30 seed points
 * (Voronoi regions). Query sets (100 OD pairs, 5 flow sources, the two farthest-apart countries) are
 * generated too, so every tool answers the same questions.
 *
 * As a module: `generateBenchGraph(n, seed)` and `benchGraphToDataset(graph)`.
 * As a CLI: `npx tsx bench/gen.ts N OUT.json [seed]` writes the same JSON as gen.cjs.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A generated benchmark graph; field for field the JSON written by gen.cjs. */
export interface BenchGraph {
  n: number;
  m: number;
  seed: number;
  countries: number;
  joins: number;
  x: number[];
  y: number[];
  /** country index (0..countries-1) of each node */
  country: number[];
  /** edge e joins u[e] < v[e] */
  u: number[];
  v: number[];
  /** euclidean length of edge e */
  w: number[];
  /** integer capacity of edge e in [10, 100] */
  cap: number[];
  queries: {
    od: [number, number][];
    sources: number[];
    flowCountries: [number, number];
  };
}

const K = 3;
const COUNTRIES = 30;
const SPAN = 1000;

function mulberry32(seed: number): () => number {
  let a = seed;
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Generates the benchmark graph with `n` nodes; identical output to `node gen.cjs n OUT seed`. */
export function generateBenchGraph(n: number, seed = 42): BenchGraph {
  const N = n;
  const rnd = mulberry32(seed * 1000003 + N);
  const x = new Float64Array(N);
  const y = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    x[i] = Math.round(rnd() * SPAN * 1000) / 1000;
    y[i] = Math.round(rnd() * SPAN * 1000) / 1000;
  }
  // grid hash
  const G = Math.max(1, Math.floor(Math.sqrt(N / 2)));
  const cs = SPAN / G;
  const cellOf = (i: number): number =>
    Math.min(G - 1, Math.floor(x[i]! / cs)) * G + Math.min(G - 1, Math.floor(y[i]! / cs));
  const cellStart = new Int32Array(G * G + 1);
  const cellItems = new Int32Array(N);
  for (let i = 0; i < N; i++) cellStart[cellOf(i) + 1]!++;
  for (let c = 0; c < G * G; c++) cellStart[c + 1]! += cellStart[c]!;
  {
    const fill = cellStart.slice(0, G * G);
    for (let i = 0; i < N; i++) cellItems[fill[cellOf(i)]!++] = i;
  }
  const d2 = (a: number, b: number): number => (x[a]! - x[b]!) ** 2 + (y[a]! - y[b]!) ** 2;

  // generic ring search: nearest k points satisfying accept(j), as [dist2, j] sorted by (dist2, j)
  function nearest(i: number, k: number, accept: (j: number) => boolean): [number, number][] {
    const cx = Math.min(G - 1, Math.floor(x[i]! / cs));
    const cy = Math.min(G - 1, Math.floor(y[i]! / cs));
    const best: [number, number][] = [];
    for (let r = 0; r <= G; r++) {
      for (let gx = cx - r; gx <= cx + r; gx++) {
        for (let gy = cy - r; gy <= cy + r; gy++) {
          if (gx < 0 || gy < 0 || gx >= G || gy >= G) continue;
          if (Math.max(Math.abs(gx - cx), Math.abs(gy - cy)) !== r) continue;
          const c = gx * G + gy;
          for (let p = cellStart[c]!; p < cellStart[c + 1]!; p++) {
            const j = cellItems[p]!;
            if (j === i || !accept(j)) continue;
            const dd = d2(i, j);
            if (best.length < k || dd < best[best.length - 1]![0]) {
              best.push([dd, j]);
              best.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
              if (best.length > k) best.pop();
            }
          }
        }
      }
      if (best.length === k && Math.sqrt(best[k - 1]![0]) <= r * cs) break;
    }
    return best;
  }

  const edgeSet = new Set<number>();
  const eu: number[] = [];
  const ev: number[] = [];
  function addEdge(a: number, b: number): void {
    const u = Math.min(a, b);
    const v = Math.max(a, b);
    const key = u * N + v;
    if (edgeSet.has(key)) return;
    edgeSet.add(key);
    eu.push(u);
    ev.push(v);
  }
  for (let i = 0; i < N; i++) for (const [, j] of nearest(i, K, () => true)) addEdge(i, j);

  // connect components
  const parent = new Int32Array(N).map((_, i) => i);
  const find = (q: number): number => {
    let a = q;
    while (parent[a] !== a) {
      parent[a] = parent[parent[a]!]!;
      a = parent[a]!;
    }
    return a;
  };
  const union = (p: number, q: number): void => {
    const a = find(p);
    const b = find(q);
    if (a !== b) parent[a] = b;
  };
  for (let e = 0; e < eu.length; e++) union(eu[e]!, ev[e]!);
  let joins = 0;
  for (;;) {
    const members = new Map<number, number[]>();
    for (let i = 0; i < N; i++) {
      const r = find(i);
      let list = members.get(r);
      if (list === undefined) members.set(r, (list = []));
      list.push(i);
    }
    if (members.size === 1) break;
    let big: number | null = null;
    for (const [r, m] of members) if (big === null || m.length > members.get(big)!.length) big = r;
    const pending: [number, number, number][] = [];
    for (const [r, m] of members) {
      if (r === big) continue;
      let best: [number, number, number] | null = null;
      for (const i of m) {
        const nb = nearest(i, 1, (j) => find(j) !== r);
        if (nb.length && (!best || nb[0]![0] < best[0])) best = [nb[0]![0], i, nb[0]![1]];
      }
      pending.push(best!);
    }
    for (const [, a, b] of pending) {
      addEdge(a, b);
      union(a, b);
      joins++;
    }
  }

  // countries
  const seeds: [number, number][] = [];
  for (let c = 0; c < COUNTRIES; c++) seeds.push([rnd() * SPAN, rnd() * SPAN]);
  const country = new Int32Array(N);
  for (let i = 0; i < N; i++) {
    let bc = 0;
    let bd = Infinity;
    for (let c = 0; c < COUNTRIES; c++) {
      const dd = (x[i]! - seeds[c]![0]) ** 2 + (y[i]! - seeds[c]![1]) ** 2;
      if (dd < bd) {
        bd = dd;
        bc = c;
      }
    }
    country[i] = bc;
  }
  const M = eu.length;
  const w = new Array<number>(M);
  const cap = new Array<number>(M);
  for (let e = 0; e < M; e++) {
    w[e] = Math.sqrt(d2(eu[e]!, ev[e]!));
    cap[e] = 10 + Math.floor(rnd() * 91);
  }

  // queries
  const pick = (): number => Math.floor(rnd() * N);
  const od: [number, number][] = [];
  while (od.length < 100) {
    const o = pick();
    const d = pick();
    if (o !== d) od.push([o, d]);
  }
  const sources: number[] = [];
  for (let i = 0; i < 5; i++) sources.push(pick());
  // country-to-country flow: the two countries whose seeds are farthest apart
  let fa = 0;
  let fb = 1;
  let fd = -1;
  for (let a = 0; a < COUNTRIES; a++) {
    for (let b = a + 1; b < COUNTRIES; b++) {
      const dd = (seeds[a]![0] - seeds[b]![0]) ** 2 + (seeds[a]![1] - seeds[b]![1]) ** 2;
      if (dd > fd) {
        fd = dd;
        fa = a;
        fb = b;
      }
    }
  }
  return {
    n: N,
    m: M,
    seed,
    countries: COUNTRIES,
    joins,
    x: Array.from(x),
    y: Array.from(y),
    country: Array.from(country),
    u: eu,
    v: ev,
    w,
    cap,
    queries: { od, sources, flowCountries: [fa, fb] },
  };
}

/**
 * ISO 3166-1 alpha-2 codes the 30 generated country indices map to (index c → `BENCH_COUNTRY_CODES[c]`).
 * All are real, distinct, officially assigned codes; the geography is of course synthetic.
 */
export const BENCH_COUNTRY_CODES: readonly string[] = Object.freeze([
  'AM', 'AT', 'AZ', 'BE', 'BG', 'BY', 'CH', 'CN', 'CZ', 'DE',
  'DK', 'EE', 'ES', 'FI', 'FR', 'GE', 'GR', 'HR', 'HU', 'IR',
  'IT', 'KG', 'KZ', 'LT', 'LV', 'MD', 'NL', 'PL', 'RO', 'RS',
]);

/**
 * Longitude/latitude box the generator's [0,1000]² square is mapped onto (linearly). It is small
 * enough that one generator unit spans at most ~1 km on the ground (11° of longitude at 38° N ≈
 * 965 km, 8.9° of latitude ≈ 990 km), so every link's `lengthKm = w` is at least the great-circle
 * distance between its ends and the dataset raises no `length-below-great-circle` warnings.
 */
export const BENCH_LON_RANGE = [44, 55] as const;
export const BENCH_LAT_RANGE = [38, 46.9] as const;

/** Maps generator coordinates (x, y in [0,1000]) to `[lon, lat]`: x → lon 44..55, y → lat 38..46.9. */
export function benchToLonLat(x: number, y: number): [number, number] {
  const [lon0, lon1] = BENCH_LON_RANGE;
  const [lat0, lat1] = BENCH_LAT_RANGE;
  return [lon0 + (x / SPAN) * (lon1 - lon0), lat0 + (y / SPAN) * (lat1 - lat0)];
}

const BENCH_SOURCES = [{ title: 'bench generator (seeded, synthetic)' }];

/** Country code of country index `c`; throws for an index outside the list. */
function countryCode(c: number): string {
  const code = BENCH_COUNTRY_CODES[c];
  if (code === undefined) throw new RangeError(`country index ${c} has no ISO code (only ${BENCH_COUNTRY_CODES.length} mapped)`);
  return code;
}

/**
 * Converts a generated graph to the library's dataset format (a GeoJSON FeatureCollection): node i →
 * Point feature `n<i>` (kind `city`), edge e → link feature `e<e>` from `n<u>` to `n<v>` with
 * `geometry: null`, `direction: 'both'`, `lengthKm = w[e]` (`lengthBasis: 'computed'`; see
 * {@link BENCH_LON_RANGE} for why no length warnings arise), capacity `cap[e]` Mt/yr and transit countries = the end nodes' countries.
 * The coordinates are only for display: routing ignores them.
 */
export function benchGraphToDataset(g: BenchGraph): {
  type: 'FeatureCollection';
  features: object[];
} {
  const features: object[] = [];
  for (let i = 0; i < g.n; i++) {
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: benchToLonLat(g.x[i]!, g.y[i]!) },
      properties: {
        type: 'node',
        id: `n${i}`,
        name: `N${i}`,
        kind: 'city',
        country: countryCode(g.country[i]!),
        sources: BENCH_SOURCES,
      },
    });
  }
  for (let e = 0; e < g.m; e++) {
    const u = g.u[e]!;
    const v = g.v[e]!;
    const cu = countryCode(g.country[u]!);
    const cv = countryCode(g.country[v]!);
    features.push({
      type: 'Feature',
      geometry: null,
      properties: {
        type: 'link',
        id: `e${e}`,
        name: `E${e}`,
        from: `n${u}`,
        to: `n${v}`,
        mode: 'rail',
        commodities: ['general-cargo'],
        direction: 'both',
        lengthKm: g.w[e]!,
        lengthBasis: 'computed',
        transitCountries: cu === cv ? [cu] : [cu, cv],
        status: 'operational',
        capacity: { value: g.cap[e]!, unit: 'Mt/yr' },
        sources: BENCH_SOURCES,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

// CLI: npx tsx bench/gen.ts N OUT.json [seed]
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const N = Number(process.argv[2]);
  const OUT = process.argv[3];
  const SEED = Number(process.argv[4] || 42);
  if (!Number.isInteger(N) || N < 2 || OUT === undefined) {
    console.error('usage: npx tsx bench/gen.ts N OUT.json [seed]');
    process.exit(2);
  }
  const g = generateBenchGraph(N, SEED);
  writeFileSync(OUT, JSON.stringify(g));
  const deg = (2 * g.m) / g.n;
  console.log(
    JSON.stringify({ N, M: g.m, avgDegree: +deg.toFixed(3), joins: g.joins, countries: g.countries, flowCountries: g.queries.flowCountries }),
  );
}
