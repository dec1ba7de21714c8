import { describe, expect, it } from 'vitest';
import {
  InvalidArgumentError,
  InvalidOptionError,
  countriesAlong,
  countryAt,
  distanceToCountryKm,
  findRoutes,
  greatCircleKm,
  kmByCountry,
  lineLengthKm,
  parseNetwork,
} from '../../src/index.js';
import { tinyDataset } from '../helpers/tiny-network.js';

const BAKU: [number, number] = [49.8919, 40.3775];
const TBILISI: [number, number] = [44.8336, 41.6939];
const AKTAU: [number, number] = [51.15, 43.65];

describe('countryAt and distanceToCountryKm', () => {
  it('locate positions with the bundled Natural Earth borders', () => {
    expect(countryAt(BAKU)).toBe('AZ');
    expect(countryAt(TBILISI)).toBe('GE');
    expect(countryAt([36.5, 39.0])).toBe('TR');
    expect(countryAt([-99.13, 19.43])).toBe('MX'); // outside the corridor region: the 1:110m world set
    expect(countryAt([50.5, 42.0])).toBeNull(); // the middle of the Caspian
    expect(countryAt([BAKU[1], BAKU[0]])).toBe('RU'); // swapped coordinates still land somewhere legal
  });

  it('measure how far a position lies outside a country (0 inside)', () => {
    expect(distanceToCountryKm(BAKU, 'AZ')).toBe(0);
    // Tbilisi to Azerbaijan: the border at Red Bridge is about 35–45 km south-east of the city.
    expect(distanceToCountryKm(TBILISI, 'AZ')).toBeGreaterThan(25);
    expect(distanceToCountryKm(TBILISI, 'AZ')).toBeLessThan(60);
    expect(distanceToCountryKm(BAKU, 'XX' as never)).toBeNull();
  });

  it('locate positions in outlines that cross the antimeridian (Natural Earth rings jump from +180 to −180)', () => {
    // Read as planar rings without unwrapping, Russia's outline would miss a band of the north and
    // cover Alaska instead.
    expect(countryAt([33.08, 68.97])).toBe('RU'); // Murmansk
    expect(countryAt([110, 66])).toBe('RU'); // Yakutia
    expect(countryAt([-179.1, 66.32])).toBe('RU'); // Egvekinot, Chukotka, west of the antimeridian
    expect(countryAt([-150, 65])).toBe('US'); // Fairbanks area, Alaska
    expect(countryAt([178.4, -18.1])).toBe('FJ'); // Suva
    expect(distanceToCountryKm([-179.1, 66.32], 'RU')).toBe(0);
    // From Fairbanks the nearest Russian land is Chukotka across the Bering Strait (about 900–1,000 km).
    expect(distanceToCountryKm([-150, 65], 'RU')).toBeGreaterThan(800);
    expect(distanceToCountryKm([-150, 65], 'RU')).toBeLessThan(1100);
  });
});

describe('kmByCountry', () => {
  it('splits a line by the countries it crosses, in order, summing to its length', () => {
    const stretches = kmByCountry([BAKU, TBILISI]);
    expect(countriesAlong(stretches)).toEqual(['AZ', 'GE']);
    const total = stretches.reduce((s, x) => s + x.km, 0);
    expect(total).toBeCloseTo(greatCircleKm(BAKU, TBILISI), 6);
    expect(total).toBeCloseTo(lineLengthKm([BAKU, TBILISI]), 6);
    // Each position along the line is where the split says: just before the change of country it is
    // in Azerbaijan, just after it in Georgia.
    const fraction = stretches[0]!.km / total;
    const at = (f: number): [number, number] => [BAKU[0] + (TBILISI[0] - BAKU[0]) * f, BAKU[1] + (TBILISI[1] - BAKU[1]) * f];
    expect(countryAt(at(fraction - 0.01))).toBe('AZ');
    expect(countryAt(at(fraction + 0.01))).toBe('GE');
  });

  it('takes the short way across the antimeridian', () => {
    // 46 km in Chukotka, from 179.5° E to 179.5° W at 66° N: all in Russia, not round the globe.
    const stretches = kmByCountry([[179.5, 66], [-179.5, 66]]);
    expect(stretches.map((s) => s.country)).toEqual(['RU']);
    expect(stretches[0]!.km).toBeCloseTo(lineLengthKm([[179.5, 66], [-179.5, 66]]), 6);
  });

  it('counts water outside every country as sea: Aktau to Baku across the Caspian', () => {
    const stretches = kmByCountry([AKTAU, BAKU]);
    expect(stretches.map((s) => s.country)).toEqual(['KZ', 'sea', 'AZ']);
    expect(stretches[1]!.km).toBeGreaterThan(300);
    expect(countriesAlong(stretches)).toEqual(['KZ', 'AZ']);
    expect(countriesAlong(stretches, 1000)).toEqual([]);
  });
});

describe('route kmByCountry', () => {
  const dataset = tinyDataset(
    [
      { id: 'baku', country: 'AZ', lonLat: BAKU },
      { id: 'tbilisi', country: 'GE', lonLat: TBILISI },
      { id: 'aktau', country: 'KZ', lonLat: AKTAU },
    ],
    [
      { id: 'aktau-baku', from: 'aktau', to: 'baku', lengthKm: 470, mode: 'sea' },
      { id: 'baku-tbilisi', from: 'baku', to: 'tbilisi', lengthKm: 550 },
    ],
  ) as { features: { properties: Record<string, unknown>; geometry: unknown }[] };
  // Give the rail link a geometry (a dog-leg via Ganja) so one leg is measured and one estimated.
  dataset.features[4]!.geometry = { type: 'LineString', coordinates: [BAKU, [46.36, 40.68], TBILISI] };
  const network = parseNetwork(dataset);

  it('shares each leg’s length out by country, in travel order, and names the estimated legs', () => {
    const route = findRoutes(network, 'aktau', 'tbilisi').routes[0]!;
    expect(route.kmByCountry.map((s) => s.country)).toEqual(['KZ', 'sea', 'AZ', 'GE']);
    expect(route.kmByCountry.reduce((s, x) => s + x.km, 0)).toBeCloseTo(470 + 550, 6);
    expect(route.kmByCountryEstimatedLinks).toEqual(['aktau-baku']);
    const back = findRoutes(network, 'tbilisi', 'aktau').routes[0]!;
    expect(back.kmByCountry.map((s) => s.country)).toEqual(['GE', 'AZ', 'sea', 'KZ']);
    expect(back.kmByCountry[0]!.km).toBeCloseTo(route.kmByCountry[3]!.km, 6);
  });

  it('uses a link’s own kmByCountry figures when the data gives them', () => {
    const withSplits = structuredClone(dataset);
    withSplits.features[4]!.properties['kmByCountry'] = [
      { country: 'AZ', km: 400 },
      { country: 'GE', km: 100 },
    ];
    const route = findRoutes(parseNetwork(withSplits), 'baku', 'tbilisi').routes[0]!;
    // Scaled to the link's 550 km: 440 + 110.
    expect(route.kmByCountry.map((s) => s.country)).toEqual(['AZ', 'GE']);
    expect(route.kmByCountry[0]!.km).toBeCloseTo(440, 9);
    expect(route.kmByCountry[1]!.km).toBeCloseTo(110, 9);
  });
});

describe('greatCircleKm and kmByCountry: arguments out of range and inherited options', () => {
  it('greatCircleKm rejects positions out of range with a typed error naming the argument', () => {
    expect(greatCircleKm([180, 90], [-180, -90])).toBeCloseTo(20_015.1, 0);
    for (const bad of [[500, 0], [0, 91], [-180.5, 0], [0, Number.NaN]] as [number, number][]) {
      expect(() => greatCircleKm(BAKU, bad)).toThrow(InvalidArgumentError);
    }
    expect(() => greatCircleKm([40.38, 49.89], [0, 91])).toThrow('greatCircleKm: argument "b" is invalid: [0, 91] is out of range');
    expect(() => greatCircleKm([10n, 0] as never, BAKU)).toThrow('greatCircleKm: argument "a" is invalid: expected [longitude, latitude] in degrees, got [10n,0]');
  });

  it('kmByCountry ignores an inherited stepKm and rejects options that are not an object', () => {
    const inherited = Object.create({ stepKm: -1 }) as object;
    expect(kmByCountry([BAKU, TBILISI], inherited)).toEqual(kmByCountry([BAKU, TBILISI]));
    expect(() => kmByCountry([BAKU, TBILISI], null as never)).toThrow(InvalidOptionError);
  });
});
