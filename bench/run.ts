/**
 * The benchmark: seeded corridor-like networks (bench/gen.ts, the generator of the performance
 * targets) at several sizes; transcaspian, NetworkX and igraph (maximum flow only) answer the same
 * questions on the same graphs in the same run; the answers are checked against each other and the
 * timings printed side by side.
 *
 * usage: npm run bench [-- --sizes 1000,10000,100000] [--repeats 3] [--kshortest-timeout 60]
 *                         [--no-networkx] [--no-igraph] [--igraph-python PYTHON] [--flow-only]
 *                         [--out bench/results/latest.json]
 *
 * Each size runs in fresh processes (bench/measure.ts for transcaspian, bench/networkx_bench.py for
 * NetworkX, bench/igraph_bench.py for igraph). Times are medians over the repeats; "load" is building
 * the network from the dataset (validation included) and the routing index, also timed from the JSON
 * text (bench/load.ts); memory is the rise in resident set size during the first load. `--flow-only`
 * measures one load and the two max-flow questions (for sizes where the rest takes too long, e.g.
 * 1,000,000 nodes).
 *
 * igraph (python-igraph, a C core) is optional: it is run with the first of `--igraph-python`,
 * `python3` and `/usr/bin/python3` that can import it (Debian's python3-igraph installs it for the
 * system interpreter), and skipped with a message when none can. Exit status 1 when an answer differs.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_COUNTRY_CODES, generateBenchGraph } from './gen.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback;
};
const sizes = option('sizes', '1000,10000,100000').split(',').map(Number);
const repeats = Number(option('repeats', '3'));
const kTimeout = Number(option('kshortest-timeout', '60'));
const withNetworkx = !args.includes('--no-networkx');
const flowOnly = args.includes('--flow-only');

/** The Python interpreter that can import igraph, or null (with the reason printed). */
function findIgraphPython(): string | null {
  if (args.includes('--no-igraph')) return null;
  const asked = option('igraph-python', '');
  const candidates = asked !== '' ? [asked] : ['python3', '/usr/bin/python3'];
  for (const python of candidates) {
    const probe = spawnSync(python, ['-c', 'import igraph'], { stdio: 'ignore' });
    if (probe.status === 0) return python;
  }
  console.error(
    `igraph: skipped (python-igraph cannot be imported by ${candidates.join(' or ')}; on Debian/Ubuntu \`apt-get install python3-igraph\` ` +
      'installs it for /usr/bin/python3, elsewhere \`pip install igraph\`; or pass --igraph-python PYTHON)',
  );
  return null;
}
const igraphPython = findIgraphPython();
const out = path.resolve(root, option('out', 'bench/results/latest.json'));

interface Row {
  size: number;
  op: string;
  oursSeconds: number | null;
  networkxSeconds: number | null | 'timeout';
  igraphSeconds?: number | null;
  check: string;
  note?: string;
}
const rows: Row[] = [];
const failures: string[] = [];
const work = mkdtempSync(path.join(tmpdir(), 'transcaspian-bench-'));
const relClose = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

for (const n of sizes) {
  const graph = generateBenchGraph(n);
  const graphFile = path.join(work, `graph-${n}.json`);
  writeFileSync(graphFile, JSON.stringify(graph));
  console.error(`n = ${n}: ${graph.m} links; measuring transcaspian…`);
  const oursFile = path.join(work, `ours-${n}.json`);
  const ours = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(here, 'measure.ts'), String(n), String(repeats), oursFile, ...(flowOnly ? ['flow'] : [])], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (ours.status !== 0) throw new Error(`bench/measure.ts failed for n = ${n}`);
  const o = JSON.parse(readFileSync(oursFile, 'utf8')).results as Record<string, { medianSeconds: number; answer: unknown } & Record<string, unknown>>;

  let nx: Record<string, { median_seconds?: number; answer?: unknown; status?: string; costs_found?: number[] } & Record<string, unknown>> = {};
  let nxPeak: number | null = null;
  if (withNetworkx) {
    console.error(`n = ${n}: measuring NetworkX…`);
    const nxFile = path.join(work, `networkx-${n}.json`);
    const ops = JSON.stringify(
      flowOnly
        ? [{ op: 'load', repeats: 1 }, 'max_flow_node', 'max_flow_country']
        : ['load', { op: 'bidirectional_dijkstra', pairs: 10 }, { op: 'k_shortest', pair: 0, k: 10, timeout: kTimeout }, { op: 'must_pass_countries', pairs: 100 }, 'max_flow_node', 'max_flow_country'],
    );
    const opsFile = path.join(work, `ops-${n}.json`);
    writeFileSync(opsFile, ops);
    const run = spawnSync('python3', [path.join(here, 'networkx_bench.py'), graphFile, opsFile, '--repeats', String(repeats), '--out', nxFile], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (run.status !== 0) throw new Error(`bench/networkx_bench.py failed for n = ${n}`);
    const parsed = JSON.parse(readFileSync(nxFile, 'utf8'));
    nxPeak = parsed.peak_rss_mb;
    for (const r of parsed.results) nx[r.op] = r;
  }

  let ig: Record<string, { median_seconds: number; answer: unknown }> = {};
  if (igraphPython !== null) {
    console.error(`n = ${n}: measuring igraph…`);
    const igFile = path.join(work, `igraph-${n}.json`);
    const run = spawnSync(igraphPython, [path.join(here, 'igraph_bench.py'), graphFile, '--repeats', String(repeats), '--out', igFile], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (run.status !== 0) throw new Error(`bench/igraph_bench.py failed for n = ${n}`);
    for (const r of JSON.parse(readFileSync(igFile, 'utf8')).results) ig[r.op] = r;
  }

  const load = o['load']!;
  rows.push({
    size: n,
    op: 'load and build',
    oursSeconds: load.medianSeconds,
    networkxSeconds: nx['load']?.median_seconds ?? null,
    igraphSeconds: ig['load']?.median_seconds ?? null,
    check: `${(load['answer'] as { nodes: number }).nodes} nodes`,
    note: `validation ${(load['parseMedianSeconds'] as number).toFixed(2)} s; peak RSS rise ${(load['peakRssRiseMiB'] as number).toFixed(0)} MiB${nxPeak === null ? '' : ` (NetworkX process peak ${nxPeak.toFixed(0)} MiB)`}${load['graphologyViewSeconds'] === undefined ? '' : `; graphology view on first access ${(load['graphologyViewSeconds'] as number).toFixed(2)} s`}${igraphPython === null ? '' : '; igraph: Graph from arrays, no validation'}`,
  });

  if (!flowOnly) {
    // The same load from the JSON text (JSON.parse included), in its own process (bench/load.ts).
    const textFile = path.join(work, `load-text-${n}.json`);
    const fromText = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(here, 'load.ts'), String(n), String(repeats), 'text', textFile], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (fromText.status !== 0) throw new Error(`bench/load.ts failed for n = ${n}`);
    const t = JSON.parse(readFileSync(textFile, 'utf8')) as { medianSeconds: number; parseMedianSeconds: number; peakRssRiseMiB: number; textMiB: number; answer: { nodes: number } };
    rows.push({
      size: n,
      op: 'load and build from JSON text',
      oursSeconds: t.medianSeconds,
      networkxSeconds: null,
      check: `${t.answer.nodes} nodes`,
      note: `JSON.parse and validation ${t.parseMedianSeconds.toFixed(2)} s; peak RSS rise ${t.peakRssRiseMiB.toFixed(0)} MiB (text of ${t.textMiB.toFixed(0)} MiB already in memory)`,
    });
  }

  if (!flowOnly) {
    const k1 = o['k1']!;
    const nxK1 = nx['bidirectional_dijkstra'];
    let k1Check = 'not compared';
    if (nxK1) {
      const theirs = (nxK1.answer as { cost_path_order: number | null }[]).map((a) => a.cost_path_order);
      const mine = k1.answer as (number | null)[];
      const same = theirs.every((c, i) => (c === null ? mine[i] === null : mine[i] !== null && relClose(c, mine[i]!)));
      k1Check = same ? '10/10 costs equal' : 'DIFFERENT';
      if (!same) failures.push(`n=${n} k=1 costs differ`);
    }
    rows.push({ size: n, op: 'findRoutes k = 1 (×10 OD pairs)', oursSeconds: k1['totalSeconds'] as number, networkxSeconds: nxK1?.median_seconds ?? null, check: k1Check, note: `median ${((k1.medianSeconds) * 1000).toFixed(1)} ms per pair; NetworkX: bidirectional_dijkstra` });

    const k10 = o['k10']!;
    const nxK10 = nx['k_shortest'];
    let k10Check = 'not compared';
    let nxK10Seconds: number | null | 'timeout' = null;
    if (nxK10) {
      const theirs = (nxK10.status === 'ok' ? (nxK10.answer as number[]) : (nxK10.costs_found ?? [])).slice().sort((a, b) => a - b);
      const mine = (k10.answer as number[]).slice().sort((a, b) => a - b).slice(0, theirs.length);
      const same = theirs.length === mine.length && theirs.every((c, i) => relClose(c, mine[i]!));
      k10Check = `${same ? '' : 'DIFFERENT: '}${theirs.length} cost${theirs.length === 1 ? '' : 's'} compared${nxK10.status === 'ok' ? '' : ' (NetworkX timed out)'}`;
      if (!same) failures.push(`n=${n} k=10 costs differ`);
      nxK10Seconds = nxK10.status === 'ok' ? (nxK10.median_seconds ?? null) : 'timeout';
    }
    rows.push({ size: n, op: 'findRoutes k = 10 (1 OD pair)', oursSeconds: k10.medianSeconds, networkxSeconds: nxK10Seconds, check: k10Check, note: `NetworkX: shortest_simple_paths, timeout ${kTimeout} s` });

    const mp = o['mustPass']!;
    const nxMp = nx['must_pass_countries'];
    let mpCheck = 'not compared';
    if (nxMp) {
      const theirs = (nxMp.answer as { countries: number[] }[]).map((a) => JSON.stringify([...a.countries].sort((x, y) => x - y)));
      const mine = (mp.answer as number[][]).map((a) => JSON.stringify(a));
      const same = theirs.length === mine.length && theirs.every((t, i) => t === mine[i]);
      const withAny = mine.filter((m) => m !== '[]').length;
      mpCheck = same ? `100/100 sets equal (${withAny} non-empty)` : 'DIFFERENT';
      if (!same) failures.push(`n=${n} must-pass sets differ`);
    }
    rows.push({ size: n, op: 'must-pass countries (100 OD pairs)', oursSeconds: mp.medianSeconds, networkxSeconds: nxMp?.median_seconds ?? null, check: mpCheck, note: 'preparation included' });
  }

  for (const [key, nxKey, label] of [
    ['maxFlowNode', 'max_flow_node', 'maxFlow node → node'],
    ['maxFlowCountry', 'max_flow_country', `maxFlow country → country (${BENCH_COUNTRY_CODES[graph.queries.flowCountries[0]]} → ${BENCH_COUNTRY_CODES[graph.queries.flowCountries[1]]})`],
  ] as const) {
    const mine = o[key]!;
    const others = [
      ['NetworkX', nx[nxKey]],
      ['igraph', ig[nxKey]],
    ] as const;
    const compared: string[] = [];
    const differing: string[] = [];
    for (const [tool, theirs] of others) {
      if (!theirs) continue;
      compared.push(tool);
      if (!relClose(mine.answer as number, theirs.answer as number)) differing.push(`${tool} ${theirs.answer}`);
    }
    const check =
      compared.length === 0 ? 'not compared' : differing.length === 0 ? `value ${mine.answer} equal (${compared.join(', ')})` : `DIFFERENT: ${mine.answer} vs ${differing.join(', ')}`;
    if (differing.length > 0) failures.push(`n=${n} ${key} differs`);
    rows.push({
      size: n,
      op: label,
      oursSeconds: mine.medianSeconds,
      networkxSeconds: nx[nxKey]?.median_seconds ?? null,
      igraphSeconds: ig[nxKey]?.median_seconds ?? null,
      check,
      note: `NetworkX: preflow_push${igraphPython === null ? '' : '; igraph: maxflow_value (push-relabel, C)'}`,
    });
  }

  const ce = o['criticalElements'];
  if (ce) {
    rows.push({ size: n, op: 'criticalElements (N-1, 1 OD pair)', oursSeconds: ce.medianSeconds, networkxSeconds: null, check: `${(ce.answer as { rows: number }).rows} rows ranked`, note: 'no NetworkX counterpart' });
  }
}

const fmt = (s: number | null | 'timeout') => (s === null ? '—' : s === 'timeout' ? `> ${kTimeout} s` : s < 1 ? `${(s * 1000).toFixed(s < 0.01 ? 2 : 1)} ms` : `${s.toFixed(2)} s`);
const ratio = (r: Row) =>
  r.oursSeconds === null || r.networkxSeconds === null
    ? '—'
    : r.networkxSeconds === 'timeout'
      ? `> ${(kTimeout / r.oursSeconds).toFixed(0)}×`
      : `${(r.networkxSeconds / r.oursSeconds).toFixed(1)}×`;
// igraph is compared the other way round: the target is transcaspian within 2× igraph's time.
// Only for max-flow: igraph's load builds a Graph from arrays, without any validation.
const igraphRatio = (r: Row) =>
  r.oursSeconds === null || r.igraphSeconds == null || !r.op.startsWith('maxFlow') ? '—' : `${(r.oursSeconds / r.igraphSeconds).toFixed(2)}×`;
const table = [
  '| nodes | operation | transcaspian | NetworkX | igraph | NetworkX / transcaspian | transcaspian / igraph | answers | notes |',
  '|---:|---|---:|---:|---:|---:|---:|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.size.toLocaleString('en-US')} | ${r.op} | ${fmt(r.oursSeconds)} | ${fmt(r.networkxSeconds)} | ${fmt(r.igraphSeconds ?? null)} | ${ratio(r)} | ${igraphRatio(r)} | ${r.check} | ${r.note ?? ''} |`,
  ),
].join('\n');
console.log(table);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), node: process.version, sizes, repeats, flowOnly, igraph: igraphPython !== null, rows, failures }, null, 1));
console.error(`\nwrote ${path.relative(root, out)}`);
if (failures.length > 0) {
  console.error(`answers differ: ${failures.join('; ')}`);
  process.exitCode = 1;
}
