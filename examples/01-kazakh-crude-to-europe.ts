// What it shows: routes for Kazakh crude from the Tengiz field to a European market (Trieste, the
//   head of the Transalpine pipeline), with and without Russia, and how the pair depends on each
//   transit country — by route (must-pass, detour) and by export capacity.
// How to run: `npm run example` (builds the package, then runs this file with tsx).
// What it prints: four tables — best routes, best routes avoiding Russia, the transit-country
//   dependency, and the capacity kept without each transit country.
import {
  countryName,
  findRoutes,
  formatTable,
  loadCorridorNetwork,
  type Route,
  transitDependency,
} from 'transcaspian';

const network = loadCorridorNetwork();
const origin = 'tengiz';
const destination = 'trieste';
const crude = { commodity: 'crude-oil' } as const;

const describe = (id: string) => network.nodes.get(id)?.name ?? id;
const routeRows = (routes: readonly Route[]) =>
  routes.map((r) => ({
    rank: r.rank,
    lengthKm: Math.round(r.lengthKm),
    legs: r.legs.length,
    transitCountries: r.transitCountries,
    via: r.legs.map((leg) => (leg.direction === 'forward' ? leg.linkId : `${leg.linkId} (reverse)`)),
  }));

console.log(`Kazakh crude: ${describe(origin)} → ${describe(destination)} (operational links only)\n`);

const withRussia = findRoutes(network, origin, destination, { ...crude, k: 4 });
console.log('Best routes by length');
console.log(formatTable(routeRows(withRussia.routes)));

const withoutRussia = findRoutes(network, origin, destination, { ...crude, k: 4, avoidCountries: ['RU'] });
console.log('\nBest routes avoiding Russia (its territory and every link crossing it)');
console.log(withoutRussia.routes.length > 0 ? formatTable(routeRows(withoutRussia.routes)) : `no route: ${withoutRussia.reason?.message}`);
const best = withRussia.routes[0];
const bestWithout = withoutRussia.routes[0];
if (best && bestWithout) {
  console.log(
    `\nAvoiding Russia costs ${Math.round(bestWithout.lengthKm - best.lengthKm).toLocaleString('en-US')} km more ` +
      `(${Math.round(bestWithout.lengthKm).toLocaleString('en-US')} km against ${Math.round(best.lengthKm).toLocaleString('en-US')} km).`,
  );
}

const dependency = transitDependency(network, origin, destination, crude);
console.log('\nTransit-country dependency (every permitted route checked, not a sample)');
console.log(
  formatTable(
    dependency.countries.map((c) => ({
      country: `${c.country} ${c.countryName}`,
      mustPass: c.mustPass ? 'yes' : 'no',
      onBestRoute: c.onBestRoute ? 'yes' : 'no',
      extraKmWithout: c.extraLengthKm === null ? null : Math.round(c.extraLengthKm),
      bestRouteWithout: c.bestRouteWithout?.linkIds ?? null,
    })),
  ),
);
console.log(`\nMust-pass countries: ${dependency.mustPassCountries.map((c) => `${c} (${countryName(c)})`).join(', ') || 'none'}`);
console.log(`Single points of failure — nodes: ${dependency.mustPassNodes.join(', ') || 'none'}; links: ${dependency.mustPassLinks.join(', ') || 'none'}`);

const capacity = dependency.capacity;
if (capacity) {
  // A figure that depends on unknown capacities or on capacities published as lower bounds is itself
  // only a lower bound: it is printed "≥", and the share lost then "≤".
  const mt = (t: number) => (Number.isFinite(t) ? Math.round(t / 1e5) / 10 : t);
  const atLeast = (t: number, complete: boolean) => (complete ? mt(t) : `≥ ${mt(t)}`);
  const notes = [
    capacity.unknownCapacityLinks.length > 0 ? `unknown capacity on ${capacity.unknownCapacityLinks.join(', ')}` : '',
    capacity.lowerBoundCapacities.length > 0 ? `capacities published only as lower bounds on ${capacity.lowerBoundCapacities.join(', ')}` : '',
  ].filter((x) => x !== '');
  console.log(
    `\nExport capacity ${describe(origin)} → ${describe(destination)}: ${capacity.complete ? '' : 'at least '}${mt(capacity.total)} Mt/yr` +
      `${capacity.complete ? '' : ` (a lower bound: ${notes.join('; ')})`}`,
  );
  console.log(
    formatTable(
      capacity.rows.map((r) => ({
        country: `${r.country} ${r.countryName}`,
        capacityWithoutMtPerYear: atLeast(r.withoutCountry, r.complete),
        shareLostPercent: r.complete ? Math.round(r.shareLost * 1000) / 10 : `≤ ${Math.round(r.shareLost * 1000) / 10}`,
      })),
    ),
  );
  console.log(`Concentration of the dependence (HHI, 0–10,000): ${Math.round(capacity.hhi)}${capacity.complete ? '' : ' (on the lower bounds above)'}`);
}
