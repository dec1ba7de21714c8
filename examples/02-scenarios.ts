// What it shows: the named scenarios shipped in data/scenarios.json (CPC terminal on one mooring,
//   sanctions avoiding Russia, Baku–Supsa shut, Trans-Caspian gas pipeline built, Zangezur corridor
//   open) compared with the network as it is, for Kazakh crude, Turkmen gas and China–Europe cargo;
//   then the N-1 ranking of what Kazakh crude exports can least afford to lose.
// How to run: `npm run build && npx tsx examples/02-scenarios.ts` (or `npm run examples` for all).
// What it prints: one table per query (scenario × best route, must-pass countries, capacity with its
//   unit and the change against the baseline), then the top of the N-1 ranking.
import {
  compareScenarios,
  corridorScenarios,
  criticalElements,
  formatTable,
  loadCorridorNetwork,
  type ScenarioComparisonRow,
  type ScenarioQuery,
} from 'transcaspian';

const network = loadCorridorNetwork();
const scenarios = corridorScenarios();

// Idle links (Baku–Supsa, Baku–Novorossiysk) are admitted for crude: they are standby capacity that
// exists, which is what the Baku–Supsa shutdown scenario takes away.
const kazakhCrude: ScenarioQuery = {
  id: 'kazakh-crude',
  origins: ['tengiz', 'atyrau', 'aktau'],
  destinations: ['trieste', 'schwedt'],
  commodity: 'crude-oil',
  options: { statuses: ['operational', 'idle'] },
};
const queries: ScenarioQuery[] = [
  kazakhCrude,
  { id: 'turkmen-gas', origins: ['turkmenbashi'], destinations: ['melendugno', 'erzurum'], commodity: 'natural-gas' },
  { id: 'china-europe-containers', origins: ['alashankou', 'khorgos'], destinations: ['constanta', 'kars'], commodity: 'containers' },
  { id: 'china-europe-cargo', origins: ['alashankou', 'khorgos'], destinations: ['constanta', 'kars'], commodity: 'general-cargo' },
];

const rows = compareScenarios(network, scenarios, queries);

// Capacity in a readable multiple of each canonical unit.
const scale = {
  't/yr': { factor: 1e6, label: 'Mt/yr', column: 'MtPerYear' },
  'bcm/yr': { factor: 1, label: 'bcm/yr', column: 'BcmPerYear' },
  'TEU/yr': { factor: 1, label: 'TEU/yr', column: 'TeuPerYear' },
};
const round = (x: number | null, digits = 1) => (x === null || !Number.isFinite(x) ? x : Math.round(x * 10 ** digits) / 10 ** digits);

for (const query of queries) {
  const mine = rows.filter((r) => r.queryId === query.id);
  const unit = scale[mine[0]!.unit];

  console.log(`\n${query.id}: ${[query.origins].flat().join(', ')} → ${[query.destinations].flat().join(', ')} (${query.commodity}; capacity in ${unit.label})`);
  console.log(
    formatTable(
      mine.map((r: ScenarioComparisonRow) => ({
        scenario: r.scenarioId,
        bestRouteKm: round(r.bestRouteKm, 0),
        deltaKm: round(r.deltaBestRouteKm, 0),
        mustPassCountries: r.mustPassCountries.length > 0 ? r.mustPassCountries : null,
        // A capacity that depends on links of unknown capacity is a lower bound: shown as "≥ x".
        [`capacity${unit.column}`]: r.capacityComplete ? round(r.capacity / unit.factor) : `≥ ${round(r.capacity / unit.factor)}`,
        [`delta${unit.column}`]: round(r.deltaCapacity / unit.factor),
      })),
    ),
  );
}
console.log(
  '\n"≥ x": a lower bound — links on the way have no published capacity for that commodity (maxFlow() lists them in unknownCapacityLinks).',
);

const n1 = criticalElements(network, kazakhCrude.origins, kazakhCrude.destinations, {
  commodity: 'crude-oil',
  statuses: ['operational', 'idle'],
});
console.log(
  `\nN-1 for Kazakh crude: the 10 elements whose loss costs the most (base ${round(n1.totalCapacity / 1e6)} Mt/yr, shortest route ${round(n1.bestRouteKm, 0)} km)`,
);
console.log(
  formatTable(
    n1.rows.slice(0, 10).map((r) => ({
      element: r.element,
      id: r.id,
      capacityLostMtPerYear: round(r.capacityLost / 1e6),
      extraKm: round(r.extraKm, 0),
      disconnects: r.disconnects ? 'yes' : 'no',
    })),
  ),
);
