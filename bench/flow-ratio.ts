/**
 * Max-flow against igraph, alternating: transcaspian's `maxFlow` and python-igraph's `maxflow_value`
 * answer the same question on the same generated graph one right after the other, round after round,
 * so that both see the same machine load; the answers are checked equal and the ratio
 * transcaspian / igraph is reported as the median of the per-round ratios, by wall-clock time and by
 * CPU time (on a busy machine CPU time is the steadier figure; on a quiet one the two agree, but for
 * transcaspian's CPU time including its parallel garbage-collector threads).
 *
 * usage: node --expose-gc --import tsx bench/flow-ratio.ts [--sizes 10000,100000] [--rounds 7]
 *          [--igraph-python PYTHON] [--src DIR] [--out bench/results/flow-ratio.json]
 *
 * `--src DIR` measures the library at DIR/index.ts instead of this checkout's src (e.g. an older
 * commit's `git archive` inside the repository, for before/after figures on the same run).
 * igraph runs in one persistent process (`bench/igraph_bench.py --serve`) with the first of
 * `--igraph-python`, `python3` and `/usr/bin/python3` that can import it; without igraph the script
 * says so and exits 0. Questions are those of `bench/measure.ts`: node → node (generator's
 * sources[0] to od[0]'s destination) and country → country (flowCountries). One untimed round first.
 * Exit status 1 when an answer differs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchGraphToDataset, generateBenchGraph } from './gen.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1]! : fallback;
};
const sizes = option('sizes', '10000,100000').split(',').map(Number);
const rounds = Number(option('rounds', '7'));
const src = path.resolve(option('src', path.join(root, 'src')));
const out = path.resolve(root, option('out', 'bench/results/flow-ratio.json'));
const gc = (globalThis as { gc?: () => void }).gc;

const asked = option('igraph-python', '');
const python = (asked !== '' ? [asked] : ['python3', '/usr/bin/python3']).find(
  (p) => spawnSync(p, ['-c', 'import igraph'], { stdio: 'ignore' }).status === 0,
);
if (python === undefined) {
  console.error('flow-ratio: igraph skipped (python-igraph cannot be imported; `apt-get install python3-igraph` on Debian/Ubuntu, or pass --igraph-python PYTHON)');
  process.exit(0);
}

type Lib = typeof import('../src/index.js');
const lib = (await import(pathToFileURL(path.join(src, 'index.ts')).href)) as Lib;

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 === 1 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
};
const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const relClose = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** A persistent igraph process answering one op per line (see `igraph_bench.py --serve`). */
async function igraphServer(graphFile: string) {
  const child = spawn(python!, [path.join(here, 'igraph_bench.py'), graphFile, '--serve'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => {
    const r = await lines.next();
    if (r.done === true) throw new Error('igraph_bench.py --serve ended early');
    return r.value as string;
  };
  if ((await next()) !== 'ready') throw new Error('igraph_bench.py --serve did not start');
  return {
    async run(op: string): Promise<{ answer: number; seconds: number; cpu_seconds: number }> {
      child.stdin.write(`${op}\n`);
      const reply = JSON.parse(await next());
      if (reply.error !== undefined) throw new Error(reply.error);
      return reply;
    },
    close: () => child.stdin.end(),
  };
}

interface Row {
  size: number;
  question: string;
  value: number;
  oursSeconds: number;
  igraphSeconds: number;
  ratio: number;
  oursCpuSeconds: number;
  igraphCpuSeconds: number;
  cpuRatio: number;
  rounds: number;
}
const rows: Row[] = [];
const failures: string[] = [];
const work = mkdtempSync(path.join(tmpdir(), 'transcaspian-flow-ratio-'));

for (const n of sizes) {
  const graph = generateBenchGraph(n);
  const graphFile = path.join(work, `graph-${n}.json`);
  writeFileSync(graphFile, JSON.stringify(graph));
  const network = lib.parseNetwork(benchGraphToDataset(graph), { checkNodeCountries: false });
  const id = (i: number) => `n${i}`;
  const [ca, cb] = graph.queries.flowCountries;
  const inCountry = (c: number) => graph.country.flatMap((cc, i) => (cc === c ? [id(i)] : []));
  const questions = [
    { name: 'node → node', op: 'max_flow_node', origins: [id(graph.queries.sources[0]!)], destinations: [id(graph.queries.od[0]![1])] },
    { name: 'country → country', op: 'max_flow_country', origins: inCountry(ca), destinations: inCountry(cb) },
  ];
  const igraph = await igraphServer(graphFile);
  gc?.();
  for (const q of questions) {
    const ours: number[] = [];
    const theirs: number[] = [];
    const oursCpu: number[] = [];
    const theirsCpu: number[] = [];
    let value = NaN;
    for (let r = 0; r <= rounds; r++) {
      const c0 = cpuSeconds();
      const t0 = performance.now();
      const result = lib.maxFlow(network, q.origins, q.destinations, { commodity: 'general-cargo' });
      const wall = (performance.now() - t0) / 1000;
      const cpu = cpuSeconds() - c0;
      const ig = await igraph.run(q.op);
      value = result.value / 1e6; // Mt/yr; the generator's raw capacities
      if (!relClose(value, ig.answer)) {
        failures.push(`n=${n} ${q.name}: ${value} vs igraph ${ig.answer}`);
        break;
      }
      if (r === 0) continue; // warm-up
      ours.push(wall);
      theirs.push(ig.seconds);
      oursCpu.push(cpu);
      theirsCpu.push(ig.cpu_seconds);
    }
    if (ours.length === 0) continue;
    const row: Row = {
      size: n,
      question: q.name,
      value,
      oursSeconds: median(ours),
      igraphSeconds: median(theirs),
      ratio: median(ours.map((t, i) => t / theirs[i]!)),
      oursCpuSeconds: median(oursCpu),
      igraphCpuSeconds: median(theirsCpu),
      cpuRatio: median(oursCpu.map((t, i) => t / theirsCpu[i]!)),
      rounds: ours.length,
    };
    rows.push(row);
    console.error(
      `n = ${n} ${q.name}: value ${value}; transcaspian ${(row.oursSeconds * 1000).toFixed(0)} ms (CPU ${(row.oursCpuSeconds * 1000).toFixed(0)}), ` +
        `igraph ${(row.igraphSeconds * 1000).toFixed(0)} ms (CPU ${(row.igraphCpuSeconds * 1000).toFixed(0)}); ratio ${row.ratio.toFixed(2)}× (CPU ${row.cpuRatio.toFixed(2)}×)`,
    );
  }
  igraph.close();
}

const ms = (s: number) => (s >= 1 ? `${s.toFixed(2)} s` : `${(s * 1000).toPrecision(3)} ms`);
console.log(
  [
    '| nodes | maxFlow | transcaspian | igraph | transcaspian / igraph | CPU: transcaspian | CPU: igraph | CPU ratio | answers |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---|',
    ...rows.map(
      (r) =>
        `| ${r.size.toLocaleString('en-US')} | ${r.question} | ${ms(r.oursSeconds)} | ${ms(r.igraphSeconds)} | ${r.ratio.toFixed(2)}× | ${ms(r.oursCpuSeconds)} | ${ms(r.igraphCpuSeconds)} | ${r.cpuRatio.toFixed(2)}× | value ${r.value} equal (${r.rounds} rounds) |`,
    ),
  ].join('\n'),
);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), node: process.version, src: path.relative(root, src), rounds, rows, failures }, null, 1));
console.error(`wrote ${path.relative(root, out)}`);
if (failures.length > 0) {
  console.error(`answers differ: ${failures.join('; ')}`);
  process.exit(1);
}
