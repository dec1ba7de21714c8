// What it shows: the corridor on a map — borders, every link styled by mode and status, the best
//   routes (at most two) for Kazakh crude avoiding Russia highlighted, the countries every such route must cross
//   shaded — and the same routes as GeoJSON for QGIS or geojson.io.
// How to run: `npm run build && npx tsx examples/03-map.ts [OUT.svg]` (default examples/out/corridor-map.svg).
// What it prints: where it wrote the SVG map and the GeoJSON, their sizes, and the kilometres the best
//   route runs in each country.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findRoutes, formatTable, loadCorridorNetwork, renderMap, toGeoJSON, transitDependency } from 'transcaspian';

const out = process.argv[2] ?? path.join('examples', 'out', 'corridor-map.svg');
const network = loadCorridorNetwork();
const query = { commodity: 'crude-oil', avoidCountries: ['RU'] } as const;
const routes = findRoutes(network, 'tengiz', 'trieste', { ...query, k: 2 });
const dependency = transitDependency(network, 'tengiz', 'trieste', query);

const svg = renderMap(network, {
  routes,
  shadeCountries: dependency.mustPassCountries,
  title: `Kazakh crude from Tengiz to Trieste without Russia: ${routes.routes.length === 1 ? 'the only route' : `best ${routes.routes.length} routes`}; must-pass countries shaded`,
});
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, svg);
const geojsonPath = out.replace(/\.svg$/, '') + '-routes.geojson';
writeFileSync(geojsonPath, JSON.stringify(toGeoJSON(routes), null, 1));
console.log(`wrote ${out} (${Math.round(svg.length / 1024)} KiB SVG) and ${geojsonPath}`);
console.log(`must-pass countries: ${dependency.mustPassCountries.join(', ')}`);

const best = routes.routes[0];
if (best) {
  console.log(`\nkilometres by country along route 1 (${Math.round(best.lengthKm).toLocaleString('en-US')} km):`);
  console.log(formatTable(best.kmByCountry.map((s) => ({ area: s.country, km: Math.round(s.km) }))));
  if (best.kmByCountryEstimatedLinks.length > 0) {
    console.log(`(legs without geometry, shared out along the straight line between their nodes: ${best.kmByCountryEstimatedLinks.join(', ')})`);
  }
}
