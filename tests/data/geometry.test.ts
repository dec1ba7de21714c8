/**
 * Dataset tests for the link geometries of the bundled corridor dataset: which links have one, that
 * each line joins its nodes, that `geometryLengthKm` and `kmByCountry` agree with the line, that the
 * length is plausible against `lengthKm` (the 0.75–1.33 ratio of Global Energy Monitor's own checks),
 * that the countries crossed agree with the declared `transitCountries`, that the country shares of
 * BTC, TAP and SCP match the published splits, and that every geometry cites its source and licence.
 *
 * Exceptions are documented in the link's `geometryNote` behind fixed marker phrases; the lists of
 * excepted links below are exact, so a new exception is a visible change of this file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATASET_PATH } from '../../scripts/build-data.js';
import { distanceToCountryKm } from '../../src/geo/borders.js';
import { greatCircleKm } from '../../src/geo/great-circle.js';
import { lineLengthKm } from '../../src/geo/line-length.js';
import type { LonLat } from '../../src/model/position.js';

interface SourceJson {
  readonly key: string;
  readonly note?: string;
}

interface Stretch {
  readonly country: string;
  readonly km: number;
}

interface LinkJson {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly mode: string;
  readonly lengthKm: number;
  readonly lengthBasis: 'published' | 'computed';
  readonly lengthNote?: string;
  readonly transitCountries: readonly string[];
  readonly geometryLengthKm?: number;
  readonly kmByCountry?: readonly Stretch[];
  readonly geometryNote?: string;
  readonly sources: readonly SourceJson[];
}

interface Link extends LinkJson {
  readonly geometry: { readonly type: string; readonly coordinates: readonly (readonly number[])[] } | null;
}

const LENGTH_RATIO_MARKER = 'Length ratio outside 0.75–1.33:';
const COUNTRY_SPLIT_MARKER = 'Country split exception:';
/** Links whose geometryNote documents a length-ratio exception (exact list). */
const LENGTH_RATIO_EXCEPTIONS: readonly string[] = [];
/** Links whose geometryNote documents a country-split exception (exact list). */
const COUNTRY_SPLIT_EXCEPTIONS: readonly string[] = [];
/** A declared country the line never enters still counts when an end of the line is this close to it. */
const END_TOLERANCE_KM = 5;
/** Most kilometres (in total) a line may run in a country its link does not declare. */
const UNDECLARED_MAX_KM = 5;

const dataset = JSON.parse(readFileSync(DATASET_PATH, 'utf8')) as {
  metadata: { license: string; attribution: string };
  features: readonly { geometry: Link['geometry'] | { type: 'Point'; coordinates: readonly number[] }; properties: { type: 'node' | 'link'; id: string } }[];
};
const nodes = new Map<string, LonLat>();
const links: Link[] = [];
for (const feature of dataset.features) {
  if (feature.properties.type === 'node') {
    const [lon, lat] = (feature.geometry as { coordinates: readonly number[] }).coordinates;
    nodes.set(feature.properties.id, [lon as number, lat as number]);
  } else {
    links.push({ ...(feature.properties as unknown as LinkJson), geometry: feature.geometry as Link['geometry'] });
  }
}
const withGeometry = links.filter((l) => l.geometry !== null);
const byId = new Map(links.map((l) => [l.id, l] as const));

function link(id: string): Link {
  const found = byId.get(id);
  if (found === undefined) throw new Error(`no link "${id}"`);
  return found;
}

function coordinatesOf(l: Link): readonly LonLat[] {
  return (l.geometry?.coordinates ?? []).map((p) => [p[0] as number, p[1] as number] as const);
}

function kmIn(l: Link): Map<string, number> {
  const out = new Map<string, number>();
  for (const { country, km } of l.kmByCountry ?? []) if (country !== 'sea') out.set(country, (out.get(country) ?? 0) + km);
  return out;
}

function sharesOf(l: Link): Map<string, number> {
  const total = l.geometryLengthKm as number;
  const out = new Map<string, number>();
  for (const { country, km } of l.kmByCountry ?? []) out.set(country, (out.get(country) ?? 0) + km / total);
  return out;
}

/** Checks the line's country shares against published kilometres, each within `tolerancePoints` percentage points. */
function expectShares(id: string, published: Record<string, number>, tolerancePoints: number): void {
  const l = link(id);
  const total = Object.values(published).reduce((s, x) => s + x, 0);
  const shares = sharesOf(l);
  for (const [country, km] of Object.entries(published)) {
    const expected = (100 * km) / total;
    const actual = 100 * (shares.get(country) ?? 0);
    expect(Math.abs(actual - expected), `${id} ${country}: ${actual.toFixed(1)} % of the line vs ${expected.toFixed(1)} % published`).toBeLessThanOrEqual(tolerancePoints);
  }
}

describe('link geometries of the bundled corridor dataset', () => {
  it('has a geometry on exactly the pipelines with a public route and on every sea link', () => {
    const pipelines = ['atyrau-samara', 'baku-novorossiysk', 'baku-supsa', 'btc', 'cpc', 'makhachkala-novorossiysk', 'scp', 'tanap', 'tap', 'trans-caspian-gas'];
    const sea = links.filter((l) => l.mode === 'sea').map((l) => l.id);
    expect(withGeometry.map((l) => l.id).sort()).toEqual([...pipelines, ...sea].sort());
    expect(links.filter((l) => l.mode === 'rail' && l.geometry !== null)).toEqual([]);
  });

  it('writes each geometry as a LineString of at least two [lon, lat] positions rounded to 5 decimals', () => {
    for (const l of withGeometry) {
      expect(l.geometry?.type, l.id).toBe('LineString');
      const line = coordinatesOf(l);
      expect(line.length, l.id).toBeGreaterThanOrEqual(2);
      for (const [lon, lat] of line) {
        expect(Math.abs(lon * 1e5 - Math.round(lon * 1e5)), `${l.id} ${lon}`).toBeLessThan(1e-6);
        expect(Math.abs(lat * 1e5 - Math.round(lat * 1e5)), `${l.id} ${lat}`).toBeLessThan(1e-6);
        expect(lon >= 10 && lon <= 60 && lat >= 35 && lat <= 54, `${l.id} [${lon}, ${lat}] in the corridor`).toBe(true);
      }
      for (let i = 1; i < line.length; i++) expect(line[i], `${l.id} repeats position ${i}`).not.toEqual(line[i - 1]);
    }
  });

  it('starts each line within 1 km of its from-node and ends it within 1 km of its to-node', () => {
    for (const l of withGeometry) {
      const line = coordinatesOf(l);
      expect(greatCircleKm(line[0] as LonLat, nodes.get(l.from) as LonLat), `${l.id} start`).toBeLessThanOrEqual(1);
      expect(greatCircleKm(line[line.length - 1] as LonLat, nodes.get(l.to) as LonLat), `${l.id} end`).toBeLessThanOrEqual(1);
    }
  });

  it('gives geometryLengthKm = lineLengthKm(geometry) within 0.1 km, and kmByCountry summing to it within 0.5 km', () => {
    for (const l of withGeometry) {
      expect(l.geometryLengthKm, l.id).toBeGreaterThan(0);
      expect(Math.abs((l.geometryLengthKm as number) - lineLengthKm(coordinatesOf(l))), l.id).toBeLessThanOrEqual(0.1);
      const stretches = l.kmByCountry ?? [];
      expect(stretches.length, l.id).toBeGreaterThan(0);
      for (const s of stretches) {
        expect(s.country, l.id).toMatch(/^(sea|[A-Z]{2})$/);
        expect(s.km, `${l.id} ${s.country}`).toBeGreaterThan(0);
      }
      for (let i = 1; i < stretches.length; i++) expect(stretches[i]?.country, `${l.id}: stretch ${i} repeats its neighbour`).not.toBe(stretches[i - 1]?.country);
      const sum = stretches.reduce((s, x) => s + x.km, 0);
      expect(Math.abs(sum - (l.geometryLengthKm as number)), l.id).toBeLessThanOrEqual(0.5);
    }
  });

  it('keeps geometryLengthKm / lengthKm within 0.75–1.33 unless the geometryNote documents why', () => {
    const excepted: string[] = [];
    for (const l of withGeometry) {
      if (l.geometryNote?.includes(LENGTH_RATIO_MARKER) === true) {
        excepted.push(l.id);
        continue;
      }
      const ratio = (l.geometryLengthKm as number) / l.lengthKm;
      expect(ratio >= 0.75 && ratio <= 1.33, `${l.id}: ${l.geometryLengthKm} / ${l.lengthKm} = ${ratio.toFixed(2)}`).toBe(true);
    }
    expect(excepted.sort()).toEqual([...LENGTH_RATIO_EXCEPTIONS].sort());
  });

  it('agrees with the computed sea-route distance on every sea link whose length is computed', () => {
    const computed = withGeometry.filter((x) => x.mode === 'sea' && x.lengthBasis === 'computed');
    // Exact list of computed sea lengths that are not the sea-route distance (kuryk-alat: MARNET has no lane
    // near Kuryk, so its length is estimated by arithmetic, explained in its lengthNote).
    expect(computed.filter((l) => l.lengthNote?.startsWith('Sea-route distance') !== true).map((l) => l.id)).toEqual(['kuryk-alat']);
    for (const l of computed.filter((x) => x.lengthNote?.startsWith('Sea-route distance') === true)) {
      // lengthKm is the same path's length rounded to 1 km.
      expect(Math.abs((l.geometryLengthKm as number) - l.lengthKm), l.id).toBeLessThanOrEqual(0.6);
    }
  });

  it('enters every declared transit country and no undeclared one for more than 5 km, unless the geometryNote documents why', () => {
    const excepted: string[] = [];
    for (const l of withGeometry) {
      if (l.geometryNote?.includes(COUNTRY_SPLIT_MARKER) === true) {
        excepted.push(l.id);
        continue;
      }
      const km = kmIn(l);
      const line = coordinatesOf(l);
      const ends = [line[0] as LonLat, line[line.length - 1] as LonLat];
      for (const country of l.transitCountries) {
        if ((km.get(country) ?? 0) > 0) continue;
        // Not entered: only an end of the line on the border or at a port on the coast may excuse it.
        const nearestEndKm = Math.min(...ends.map((end) => distanceToCountryKm(end, country) ?? Infinity));
        expect(nearestEndKm, `${l.id}: declared ${country} is not entered`).toBeLessThanOrEqual(END_TOLERANCE_KM);
      }
      for (const [country, inCountry] of km) {
        if (l.transitCountries.includes(country)) continue;
        expect(inCountry, `${l.id}: undeclared ${country}`).toBeLessThanOrEqual(UNDECLARED_MAX_KM);
        // Even a few km in an undeclared country are explained in the note.
        expect(l.geometryNote, `${l.id}: undeclared ${country} unexplained`).toMatch(new RegExp(`undeclared ${country} is entered`));
      }
    }
    expect(excepted.sort()).toEqual([...COUNTRY_SPLIT_EXCEPTIONS].sort());
  });

  it('crosses the declared countries of the multi-country pipelines in the declared order', () => {
    for (const l of withGeometry.filter((x) => x.mode === 'pipeline')) {
      const declared = new Set(l.transitCountries);
      const order: string[] = [];
      for (const { country } of l.kmByCountry ?? []) if (declared.has(country) && order[order.length - 1] !== country) order.push(country);
      expect(order, l.id).toEqual(l.transitCountries.filter((c) => order.includes(c)));
    }
  });

  it('splits BTC like BP’s 443 km AZ / 249 km GE / 1,076 km TR, each share within 3 percentage points', () => {
    expectShares('btc', { AZ: 443, GE: 249, TR: 1076 }, 3);
  });

  it('splits TAP like Report.az’s 550 km GR / 215 km AL / 105 km offshore / 8 km IT, each share within 2 percentage points', () => {
    expectShares('tap', { GR: 550, AL: 215, sea: 105, IT: 8 }, 2);
  });

  it('splits SCP like GEM’s 442 km AZ / 248 km GE, each share within 2 percentage points', () => {
    // The line ends at the Türkgözü node on the Georgian–Turkish border (no km in TR).
    expectShares('scp', { AZ: 442, GE: 248 }, 2);
  });

  it('gives every link without geometry a geometryNote, and no lengths or split', () => {
    for (const l of links.filter((x) => x.geometry === null)) {
      expect(l.geometryNote?.trim(), l.id).toBeTruthy();
      expect(l.geometryNote, l.id).toMatch(/straight line between its nodes/);
      expect(l.geometryLengthKm, l.id).toBeUndefined();
      expect(l.kmByCountry, l.id).toBeUndefined();
    }
    expect(link('kazakhstan-china-oil').geometryNote).toMatch(/P5198/);
    expect(link('kazakhstan-china-oil').geometryNote).toMatch(/P0648/);
  });

  it('says where every geometry comes from, cites that source and names its licence', () => {
    for (const l of withGeometry) {
      expect(l.geometryNote?.trim(), l.id).toBeTruthy();
      const keys = l.sources.map((s) => s.key);
      if (l.mode === 'sea') {
        expect(keys, l.id).toContain('GEO-SEAROUTE');
        expect(l.geometryNote, l.id).toMatch(/searoute\/MARNET path/);
        expect(l.geometryNote, l.id).toMatch(/Apache-2\.0/);
      } else {
        const projectId = /route (P\d{4})/.exec(l.geometryNote ?? '')?.[1];
        expect(projectId, l.id).toBeDefined();
        expect(l.sources.find((s) => s.key === 'GEO-GEM')?.note, l.id).toContain(projectId);
        expect(l.geometryNote, l.id).toMatch(/Global Energy Monitor, Global (Oil|Gas) Infrastructure Tracker, CC BY 4\.0/);
      }
    }
    for (const id of ['tanap', 'tap']) {
      expect(link(id).sources.map((s) => s.key), id).toContain('GEO-OSM-PIPELINES');
      expect(link(id).geometryNote, id).toMatch(/© OpenStreetMap contributors, ODbL 1\.0/);
    }
    expect(dataset.metadata.license).toMatch(/route geometries/);
    expect(dataset.metadata.license).toMatch(/sea-lane geometries/);
    expect(dataset.metadata.license).toMatch(/TANAP and TAP route geometries.*ODbL 1\.0/);
    expect(dataset.metadata.attribution).toMatch(/Global Energy Monitor, Global Oil Infrastructure Tracker \/ Global Gas Infrastructure Tracker/);
    expect(dataset.metadata.attribution).toMatch(/© OpenStreetMap contributors/);
  });

  it('documents straight connectors where a GEM line stops short of a node', () => {
    // Lines that GEM ends well away from the node: the connector and its length are in the note.
    expect(link('baku-novorossiysk').geometryNote).toMatch(/straight connectors? (is|are) added: \d+\.\d km from sangachal/);
    expect(link('atyrau-samara').geometryNote).toMatch(/\d+\.\d km from the line’s end to samara/);
    expect(link('cpc').geometryNote).toMatch(/Coarse/);
  });
});
