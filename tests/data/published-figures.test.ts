/**
 * The bundled dataset against published end-to-end figures (china-europe-facts.md §3 and
 * corridor-facts.md): each row states the published figure, its source key, the tolerance, and —
 * where the model and the publication disagree — the measured gap and why, asserted as such (so a
 * change that moves the model is noticed, and no tolerance is widened silently).
 *
 * Times are door-to-door along the route's legs: moving time plus the dwell the nodes charge (gauge
 * changes, ports, borders), for containers, as `findRoutes` reports them with `weight:
 * 'transitTimeHours'`. Tolerances: lengths 5 %; times the published range, or ±15 % of a single
 * published figure (schedules are rounded to days and vary by train).
 */
import { describe, expect, it } from 'vitest';
import { compareScenarios, corridorScenarios, type FindRoutesOptions, findRoutes, loadCorridorNetwork, maxFlow } from '../../src/index.js';

const network = loadCorridorNetwork();

function route(origin: string, destination: string, options: FindRoutesOptions = {}) {
  const found = findRoutes(network, origin, destination, { commodity: 'containers', ...options }).routes[0];
  if (found === undefined) throw new Error(`no route ${origin} → ${destination}`);
  return found;
}
const fastest = (origin: string, destination: string, options: FindRoutesOptions = {}) => route(origin, destination, { weight: 'transitTimeHours', ...options });
const days = (hours: number | null) => (hours ?? NaN) / 24;
const deviation = (model: number, published: number) => (model - published) / published;

describe('the dataset against published end-to-end figures', () => {
  it('VCE02/VCE79: Xi’an → Duisburg by the Northern route, 9,908 km and a standard 12–14 days', () => {
    const r = fastest('xian', 'duisburg');
    expect(r.transitCountries).toEqual(['KZ', 'RU', 'BY', 'PL']);
    expect(Math.abs(deviation(r.lengthKm, 9908))).toBeLessThan(0.05); // model 9,524 km, −3.9 %
    expect(days(r.transitTimeHours)).toBeGreaterThanOrEqual(12);
    expect(days(r.transitTimeHours)).toBeLessThanOrEqual(14); // model 13.6 days
    // The Brest–Małaszewicze gauge change and queue is the largest single stop (60 h, 2018).
    expect(r.stops.find((s) => s.nodeId === 'malaszewicze')?.dwellHours).toBe(60);
  });

  it('VCE08: Dostyk → Brest on 1,520 mm, 5,430 km (UTLC ERA) and 6–8 days (2024)', () => {
    const r = fastest('dostyk', 'brest');
    // Disagreement, documented: the model is 5.8 % short. The Russian sections have no published
    // length and are estimated as great circle × the dataset's rail circuity (1.14), which is below
    // the real track (OpenStreetMap kilometre posts put Petropavlovsk–Moscow near 2,600 km against
    // 2,234 km estimated). The gap is asserted, not hidden.
    expect(deviation(r.lengthKm, 5430)).toBeGreaterThan(-0.08);
    expect(deviation(r.lengthKm, 5430)).toBeLessThan(-0.04);
    // The time follows: ERAI's own average speed (5,430 km in 7.31 days) over the shorter estimated
    // length gives 5.7 days, between the 2018 record ("less than 6 days") and ERAI's 7.31 days.
    expect(days(r.transitTimeHours)).toBeGreaterThan(5.5);
    expect(days(r.transitTimeHours)).toBeLessThan(6);
  });

  it('VCE68: Altynkol → Aktau port 3,128 km in three days (KTZ, 2024) — along the southern Kazakh line', () => {
    const r = fastest('altynkol', 'aktau');
    expect(r.nodeIds).toContain('kyzylorda');
    expect(Math.abs(deviation(r.lengthKm, 3128))).toBeLessThan(0.05); // 3,077 km, −1.6 %
    // The Kazakh speed is derived from this very figure (3,128 km in 3 days): a consistency check only.
    expect(days(r.transitTimeHours)).toBeCloseTo(3, 0);
  });

  it('VCE10: Xi’an → Almaty 3,866 km via Dostyk and Aktogay (2013)', () => {
    const r = route('xian', 'almaty', { avoidNodes: ['khorgos'] });
    expect(Math.abs(deviation(r.lengthKm, 3866))).toBeLessThan(0.01); // 3,873 km
  });

  it('VCE01: Chongqing → Duisburg 11,179 km — a documented shortfall of about 9 %', () => {
    const r = route('chongqing', 'duisburg');
    // Chongqing–Xi'an and the Russian sections are estimates (great circle × 1.14); the Yuxinou line
    // of 2011 also ran a longer way within China. The gap is asserted so that better lengths show.
    expect(deviation(r.lengthKm, 11179)).toBeGreaterThan(-0.12);
    expect(deviation(r.lengthKm, 11179)).toBeLessThan(-0.06);
  });

  it('VCE15/VCE68: Altynkol → Absheron (Alat) 9 days via Aktau (TITR, 2024) — consistency of the derived port dwell', () => {
    const r = fastest('altynkol', 'alat', { avoidNodes: ['kuryk'] });
    // Aktau's port dwell is derived from this schedule (216 h − 72 h rail − 22 h crossing − 6 h Alat),
    // so the model must give it back: 8.7 days, the rest being the Kazakh rail estimate.
    expect(Math.abs(days(r.transitTimeHours) - 9)).toBeLessThan(0.5);
  });

  it('VCE15/VCE16: Altynkol → Poti and Batumi 12 days (TITR, 2024; ADY, 2024)', () => {
    for (const port of ['poti', 'batumi']) {
      const r = fastest('altynkol', port, { avoidNodes: ['kuryk'] });
      expect(Math.abs(deviation(days(r.transitTimeHours), 12))).toBeLessThan(0.15); // 10.95 and 11.05 days
    }
  });

  it('VCE15: Altynkol → Constanța 20–22 days by the TITR feeder; the E60 ro-ro ferry is faster', () => {
    const feeder = fastest('altynkol', 'constanta', { avoidCountries: ['RU'], closedLinks: ['poti-constanta'], modes: ['rail', 'sea'], avoidNodes: ['kapikule'] });
    expect(feeder.linkIds).toContain('batumi-constanta');
    // 19.2 days, 4 % under the published range's lower end: within the ±15 % of a schedule.
    expect(days(feeder.transitTimeHours)).toBeGreaterThan(20 * 0.85);
    expect(days(feeder.transitTimeHours)).toBeLessThan(22);
    // Documented difference: the fastest Black Sea crossing in the data is the E60 ferry Poti–Constanța
    // (about 60 h, 2023) rather than the feeder (5 days, the TITR plan of 2019) the published figure
    // describes, so the best route is faster than the published schedule.
    const best = fastest('altynkol', 'constanta', { avoidCountries: ['RU'], avoidNodes: ['kapikule'] });
    expect(best.linkIds).toContain('poti-constanta');
    expect(days(best.transitTimeHours)).toBeLessThan(days(feeder.transitTimeHours));
  });

  it('VCE16: Xi’an → Baku (Alat) 11 days (ADY and KTZ, 2024)', () => {
    expect(Math.abs(deviation(days(fastest('xian', 'alat', { avoidNodes: ['kuryk'] }).transitTimeHours), 11))).toBeLessThan(0.15); // 11.5 days
    expect(Math.abs(deviation(days(fastest('xian', 'alat').transitTimeHours), 11))).toBeLessThan(0.15); // 10.7 days via Kuryk
  });

  it('VCE14: Xi’an → Mersin about 9,000 km in 17 days (2021)', () => {
    const r = fastest('xian', 'mersin');
    expect(Math.abs(deviation(r.lengthKm, 9000))).toBeLessThan(0.1); // 8,344 km: "9 thousand kilometres" is a round figure
    expect(Math.abs(deviation(days(r.transitTimeHours), 17))).toBeLessThan(0.15); // 15.8 days
  });

  it('VCE13/VCE24: China → Türkiye 12 days — a documented gap of about 3 days', () => {
    const r = fastest('xian', 'ankara');
    // The 12 days are one train of 2019 (China → Ankara, on the way to Prague) and a "fastest" claim of
    // 2024; the model charges each stop's sourced or default dwell (Kuryk and Akhalkalaki have no
    // published figure and are charged the network's median), which a single expedited train does not
    // meet. Asserted as a gap of 20–35 %.
    expect(deviation(days(r.transitTimeHours), 12)).toBeGreaterThan(0.2);
    expect(deviation(days(r.transitTimeHours), 12)).toBeLessThan(0.35);
  });

  it('VCE21/VCE22: Xi’an → Duisburg by the Middle Corridor "about 30 days" (2022) — faster in the model, and why', () => {
    const viaTurkiye = fastest('xian', 'duisburg', { avoidCountries: ['RU', 'BY'] });
    const viaBlackSea = fastest('xian', 'duisburg', { avoidCountries: ['RU', 'BY'], avoidNodes: ['kars'] });
    expect(viaTurkiye.transitCountries).toContain('TR');
    expect(viaBlackSea.transitCountries).toContain('RO');
    // 2022's figure is from the surge after February 2022, when the Caspian sea leg alone held cargo
    // for weeks ("50–60 days" door to door, TELS); the data describes the 2024–26 schedules. The model
    // gives 21.9 days via Türkiye and about 24 days via the Black Sea: both under 30.
    expect(days(viaTurkiye.transitTimeHours)).toBeLessThan(30);
    expect(days(viaBlackSea.transitTimeHours)).toBeLessThan(30);
    expect(days(viaBlackSea.transitTimeHours)).toBeGreaterThan(days(viaTurkiye.transitTimeHours));
  });

  it('BP: BTC runs 443 km in Azerbaijan, 249 km in Georgia and 1,076 km in Türkiye (shares within 1.5 points)', () => {
    const btc = network.links.get('btc')!;
    const total = btc.kmByCountry!.reduce((s, x) => s + x.km, 0);
    const share = (code: string) => btc.kmByCountry!.filter((x) => x.country === code).reduce((s, x) => s + x.km, 0) / total;
    expect(Math.abs(share('AZ') - 443 / 1768)).toBeLessThan(0.015);
    expect(Math.abs(share('GE') - 249 / 1768)).toBeLessThan(0.015);
    expect(Math.abs(share('TR') - 1076 / 1768)).toBeLessThan(0.015);
  });

  it('The 2022 CPC outage: one mooring of three — a worst case, about 2.8 times the ministry’s estimate', () => {
    const scenario = corridorScenarios().find((s) => s.id === 'cpc-terminal-2022')!;
    const rows = compareScenarios(network, [scenario], [{ id: 'kz-crude', origins: 'tengiz', destinations: 'trieste', commodity: 'crude-oil' }]);
    const lostMt = (rows[0]!.capacity - rows[1]!.capacity) / 1e6;
    // The Kazakh energy ministry put the possible loss at about 320,000 bbl/d (15.9 Mt/yr at 7.33
    // bbl/t; Interfax, April 2022). The scenario derates the terminal to one third of its loading
    // capacity (one mooring of three, assumed equal): 44.8 Mt/yr lost. The gap is documented, not
    // tuned away: the moorings are not equal and one mooring can load more than a third of the
    // terminal's annual throughput, so the scenario is an upper bound of the loss.
    expect(lostMt).toBeCloseTo(44.8, 0);
    expect(lostMt / ((320_000 * 365) / 7.33 / 1e6)).toBeCloseTo(2.8, 1);
  });

  it('Kazakh crude without Russia: at least the 2.2 Mt/yr contracted through Aktau for BTC, and said to be a lower bound', () => {
    const flow = maxFlow(network, 'tengiz', 'trieste', { commodity: 'crude-oil', avoidCountries: ['RU'] });
    expect(flow.value / 1e6).toBeCloseTo(2.2, 6);
    expect(flow.complete).toBe(false);
    expect(flow.lowerBoundCapacities).toEqual(['tengiz-aktau']);
  });
});
