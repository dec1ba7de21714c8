// What it shows: containers from Xi'an to Duisburg — the Northern route through Russia and Belarus
//   against the Middle Corridor across the Caspian — by kilometres and by days (moving time plus dwell
//   at borders, gauge changes and ports), the countries every route must cross, the time penalty of
//   avoiding Russia, the Pareto front of days, kilometres and transit countries, and a map and a chart.
// How to run: `npm run build && npx tsx examples/04-china-europe-containers.ts [OUT_DIR]` (default
//   examples/out); `npm run examples` runs it with the others.
// What it prints: a table of the best routes, the must-pass countries, the penalty in days, the Pareto
//   table; it writes the map and the chart as SVG.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  findRoutes,
  formatTable,
  loadCorridorNetwork,
  paretoRoutes,
  renderMap,
  renderRouteChart,
  type Route,
  transitDependency,
} from 'transcaspian';

const outDir = process.argv[2] ?? path.join('examples', 'out');
const network = loadCorridorNetwork();
const origin = 'xian';
const destination = 'duisburg';
const containers = { commodity: 'containers' } as const;
const name = (id: string) => network.nodes.get(id)?.name ?? id;
const days = (hours: number | null) => (hours === null ? null : Math.round((hours / 24) * 10) / 10);
const km = (r: Route) => Math.round(r.lengthKm);

console.log(`Containers ${name(origin)} → ${name(destination)} (operational links; times = moving time + dwell at the stops)\n`);

const queries = [
  { label: 'shortest', options: { ...containers } },
  { label: 'fastest', options: { ...containers, weight: 'transitTimeHours' } },
  { label: 'shortest without RU', options: { ...containers, avoidCountries: ['RU'] } },
  { label: 'fastest without RU', options: { ...containers, weight: 'transitTimeHours', avoidCountries: ['RU'] } },
  { label: 'fastest without BY', options: { ...containers, weight: 'transitTimeHours', avoidCountries: ['BY'] } },
] as const;
const best = queries.map((q) => ({ label: q.label, result: findRoutes(network, origin, destination, q.options) }));
console.log(
  formatTable(
    best.map(({ label, result }) => {
      const r = result.routes[0];
      return r === undefined
        ? { query: label, lengthKm: null, days: null, movingDays: null, dwellDays: null, transfers: null, transitCountries: result.reason?.code ?? null }
        : { query: label, lengthKm: km(r), days: days(r.transitTimeHours), movingDays: days(r.movingHours), dwellDays: days(r.dwellHours), transfers: r.transfers, transitCountries: r.transitCountries };
    }),
    { decimals: 1 },
  ),
);
for (const { label, result } of best) {
  const r = result.routes[0];
  if (r !== undefined) console.log(`  ${label}: ${r.nodeIds.join(' › ')}`);
}
const assumed = [...new Set(best.flatMap(({ result }) => result.dwellAssumedAt))].sort();
if (assumed.length > 0) console.log(`  (transfers without dwell data, charged the network's median: ${assumed.join(', ')})`);

const fastest = best[1]!.result.routes[0];
const fastestWithoutRussia = best[3]!.result.routes[0];
if (fastest && fastestWithoutRussia && fastest.transitTimeHours !== null && fastestWithoutRussia.transitTimeHours !== null) {
  const penaltyDays = (fastestWithoutRussia.transitTimeHours - fastest.transitTimeHours) / 24;
  console.log(
    `\nAvoiding Russia costs ${penaltyDays.toFixed(1)} days (${days(fastestWithoutRussia.transitTimeHours)} against ${days(fastest.transitTimeHours)}) ` +
      `and ${(km(fastestWithoutRussia) - km(fastest)).toLocaleString('en-US')} km.`,
  );
}

console.log('\nCountries every route must cross (besides China and Germany)');
for (const q of [queries[1], queries[3]]) {
  const dep = transitDependency(network, origin, destination, q.options);
  console.log(`  ${q.label}: ${dep.mustPassCountries.join(', ') || 'none'}; single points of failure: ${[...dep.mustPassNodes, ...dep.mustPassLinks].join(', ') || 'none'}`);
}

// The trade-off analysts argue about: days, kilometres, and whether a route crosses Russia or Belarus.
const front = paretoRoutes(network, origin, destination, {
  ...containers,
  criteria: ['transitTimeHours', 'lengthKm', { crosses: ['RU', 'BY'] }],
  maxRoutes: 12,
});
console.log(
  `\nPareto front over days, kilometres and crossing Russia or Belarus (${front.frontSize} non-dominated routes${front.truncated ? `, first ${front.routes.length} shown` : ''})`,
);
console.log(
  formatTable(
    front.routes.map((r) => ({
      rank: r.rank,
      days: days(r.transitTimeHours),
      lengthKm: km(r),
      crossesRuBy: r.criteria['crosses:BY+RU'] ?? null,
      transfers: r.transfers,
      transitCountries: r.transitCountries,
    })),
    { decimals: 1 },
  ),
);

mkdirSync(outDir, { recursive: true });
const mapRoutes = [fastest, fastestWithoutRussia].filter((r): r is Route => r !== undefined);
const map = renderMap(network, {
  routes: mapRoutes,
  title: `Containers Xi’an → Duisburg: fastest route, and fastest avoiding Russia`,
  extent: [[3, 28], [112, 58]],
});
const chart = renderRouteChart(front, { title: 'Xi’an → Duisburg containers: days against kilometres (Pareto front)' });
writeFileSync(path.join(outDir, 'china-europe-map.svg'), map);
writeFileSync(path.join(outDir, 'china-europe-pareto.svg'), chart);
console.log(`\nwrote ${path.join(outDir, 'china-europe-map.svg')} and ${path.join(outDir, 'china-europe-pareto.svg')}`);
