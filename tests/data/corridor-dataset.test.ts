/**
 * Dataset tests for the bundled corridor dataset: schema and references (via `parseNetwork`), sources on
 * every record, coverage, lengths against great-circle distances and against the published figures of
 * the research notes (`shared/reference/corridor-facts.md`), capacities, statuses, transit countries,
 * connectivity of the main routes, and that the committed file is what `scripts/build-data.ts` writes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { greatCircleKm, parseNetwork } from '../../src/index.js';
import { haveSharedDir } from '../../scripts/shared-dir.js';
import { buildDataset, DATASET_PATH } from '../../scripts/build-data.js';

interface SourceJson {
  readonly key?: string;
  readonly title?: string;
  readonly url?: string;
}

interface NodeJson {
  readonly type: 'node';
  readonly id: string;
  readonly country: string;
  readonly sources: readonly SourceJson[];
}

interface LinkJson {
  readonly type: 'link';
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly mode: string;
  readonly commodities: readonly string[];
  readonly direction: 'forward' | 'both';
  readonly status: string;
  readonly transitCountries: readonly string[];
  readonly lengthKm: number;
  readonly lengthBasis: 'published' | 'computed';
  readonly lengthNote?: string;
  readonly capacity?: { readonly value?: number; readonly unit?: string; readonly note?: string; readonly unlimited?: true };
  readonly transitTimeHours?: number;
  readonly transitTimeBasis?: string;
  readonly transitTimeNote?: string;
  readonly gaugeMm?: number;
  readonly sources: readonly SourceJson[];
}

interface FeatureJson {
  readonly geometry: { readonly type: string; readonly coordinates: readonly number[] } | null;
  readonly properties: NodeJson | LinkJson;
}

const text = readFileSync(DATASET_PATH, 'utf8');
const dataset = JSON.parse(text) as { metadata: { sources: readonly SourceJson[]; license: string }; features: readonly FeatureJson[] };
const nodes = new Map<string, NodeJson & { lonLat: readonly [number, number] }>();
const links = new Map<string, LinkJson>();
for (const feature of dataset.features) {
  const p = feature.properties;
  if (p.type === 'node') {
    const [lon, lat] = feature.geometry?.coordinates ?? [];
    nodes.set(p.id, { ...p, lonLat: [lon as number, lat as number] });
  } else {
    links.set(p.id, p);
  }
}

function link(id: string): LinkJson {
  const found = links.get(id);
  if (found === undefined) throw new Error(`no link "${id}" in the dataset`);
  return found;
}

function endsGreatCircleKm(l: LinkJson): number {
  const from = nodes.get(l.from);
  const to = nodes.get(l.to);
  if (from === undefined || to === undefined) throw new Error(`link "${l.id}" has an unknown end`);
  return greatCircleKm(from.lonLat, to.lonLat);
}

/** Node ids reachable from `origin` over links that `use` admits, travelling each link as its direction allows. */
function reachable(origin: string, use: (l: LinkJson) => boolean): Set<string> {
  const seen = new Set([origin]);
  const queue = [origin];
  while (queue.length > 0) {
    const at = queue.shift() as string;
    for (const l of links.values()) {
      if (!use(l)) continue;
      const next = l.from === at ? l.to : l.direction === 'both' && l.to === at ? l.from : undefined;
      if (next !== undefined && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

describe('the bundled corridor dataset', () => {
  it('parses with parseNetwork and raises no warnings', () => {
    const network = parseNetwork(dataset);
    expect(network.warnings).toEqual([]);
    expect(network.nodes.size).toBe(nodes.size);
    expect(network.links.size).toBe(links.size);
  });

  // The build reads the public inputs in shared/ beside the checkout (CI has them; `npm run
  // check:data` runs the same comparison there). Without them there is nothing to rebuild from.
  it.skipIf(!haveSharedDir())('is exactly the file that scripts/build-data.ts writes (the --check logic agrees)', () => {
    expect(buildDataset().text).toBe(text);
  });

  it('lists features sorted: nodes by id, then links by id', () => {
    const ids = dataset.features.map((f) => `${f.properties.type === 'node' ? 0 : 1}:${f.properties.id}`);
    expect(ids).toEqual([...ids].sort());
  });

  it('cites at least one source with a title on every node and link', () => {
    for (const record of [...nodes.values(), ...links.values()]) {
      expect(record.sources.length, record.id).toBeGreaterThan(0);
      for (const source of record.sources) {
        expect(source.title?.trim(), `${record.id} → ${source.key}`).toBeTruthy();
        expect(source.key, record.id).toMatch(/^[A-Z0-9][A-Z0-9-]*$/);
      }
    }
  });

  it('gives every source a URL that parses, and lists every cited source in the metadata', () => {
    const cited = new Set<string>();
    for (const record of [...nodes.values(), ...links.values()]) for (const s of record.sources) cited.add(s.key as string);
    const listed = new Set(dataset.metadata.sources.map((s) => s.key as string));
    expect([...cited].sort()).toEqual([...listed].sort());
    for (const source of [...dataset.metadata.sources, ...[...nodes.values(), ...links.values()].flatMap((r) => r.sources)]) {
      if (source.url === undefined) continue;
      expect(() => new URL(source.url as string), `${source.key}: ${source.url}`).not.toThrow();
    }
  });

  it('names the third-party terms in its licence', () => {
    expect(dataset.metadata.license).toMatch(/CC BY 4\.0/);
    expect(dataset.metadata.license).toMatch(/Global Energy Monitor/);
    expect(dataset.metadata.license).toMatch(/Apache-2\.0/);
    expect(dataset.metadata.license).toMatch(/ODbL/);
  });

  it('covers the required nodes', () => {
    const required = [
      'tengiz', 'atyrau', 'samara', 'schwedt', 'aktau', 'kuryk', 'baku', 'alat', 'sangachal', 'makhachkala', 'turkmenbashi',
      'tbilisi', 'akhalkalaki', 'kars', 'erzurum', 'turkgozu', 'supsa', 'poti', 'batumi', 'kulevi', 'ceyhan', 'novorossiysk',
      'cpc-marine-terminal', 'bosporus', 'dardanelles', 'kipoi', 'melendugno', 'constanta', 'burgas', 'varna', 'trieste',
      'horadiz', 'aghband', 'nakhchivan', 'gardabani', 'alashankou', 'dostyk', 'khorgos', 'altynkol', 'zhetygen', 'aktogay',
      'moiynty', 'zhezkazgan', 'beyneu',
    ];
    for (const id of required) expect(nodes.has(id), id).toBe(true);
    expect(nodes.get('bosporus')?.country).toBe('TR');
    expect(nodes.get('turkgozu')?.country).toBe('TR');
    expect(nodes.get('kipoi')?.country).toBe('GR');
    expect(nodes.get('schwedt')?.country).toBe('DE');
  });

  it('covers the required links between the expected nodes', () => {
    const required: readonly [id: string, from: string, to: string, mode: string][] = [
      ['cpc', 'tengiz', 'cpc-marine-terminal', 'pipeline'],
      ['atyrau-samara', 'atyrau', 'samara', 'pipeline'],
      ['baku-novorossiysk', 'sangachal', 'novorossiysk', 'pipeline'],
      ['baku-supsa', 'sangachal', 'supsa', 'pipeline'],
      ['btc', 'sangachal', 'ceyhan', 'pipeline'],
      ['scp', 'sangachal', 'turkgozu', 'pipeline'],
      ['tanap', 'turkgozu', 'kipoi', 'pipeline'],
      ['tap', 'kipoi', 'melendugno', 'pipeline'],
      ['trans-caspian-gas', 'belek', 'sangachal', 'pipeline'],
      ['kazakhstan-china-oil', 'atyrau', 'alashankou', 'pipeline'],
      ['tengiz-aktau', 'tengiz', 'aktau', 'pipeline'],
      ['druzhba-samara-schwedt', 'samara', 'schwedt', 'pipeline'],
      ['aktau-baku', 'aktau', 'baku', 'sea'],
      ['aktau-sangachal', 'aktau', 'sangachal', 'sea'],
      ['kuryk-alat', 'kuryk', 'alat', 'sea'],
      ['turkmenbashi-baku', 'turkmenbashi', 'baku', 'sea'],
      ['turkmenbashi-alat', 'turkmenbashi', 'alat', 'sea'],
      ['aktau-makhachkala', 'aktau', 'makhachkala', 'sea'],
      ['baku-boyuk-kesik', 'baku', 'gardabani', 'rail'],
      ['gardabani-tbilisi', 'gardabani', 'tbilisi', 'rail'],
      ['btk-gardabani-akhalkalaki', 'gardabani', 'akhalkalaki', 'rail'],
      ['btk-akhalkalaki-kars', 'akhalkalaki', 'kars', 'rail'],
      ['tbilisi-samtredia', 'tbilisi', 'samtredia', 'rail'],
      ['samtredia-poti', 'samtredia', 'poti', 'rail'],
      ['samtredia-batumi', 'samtredia', 'batumi', 'rail'],
      ['alat-boyuk-kesik', 'alat', 'gardabani', 'rail'],
      ['novorossiysk-bosporus', 'novorossiysk', 'bosporus', 'sea'],
      ['cpc-marine-terminal-bosporus', 'cpc-marine-terminal', 'bosporus', 'sea'],
      ['supsa-bosporus', 'supsa', 'bosporus', 'sea'],
      ['batumi-bosporus', 'batumi', 'bosporus', 'sea'],
      ['kulevi-bosporus', 'kulevi', 'bosporus', 'sea'],
      ['poti-bosporus', 'poti', 'bosporus', 'sea'],
      ['poti-constanta', 'poti', 'constanta', 'sea'],
      ['batumi-burgas', 'batumi', 'burgas', 'sea'],
      ['poti-varna', 'poti', 'varna', 'sea'],
      ['bosporus-dardanelles', 'bosporus', 'dardanelles', 'sea'],
      ['dardanelles-trieste', 'dardanelles', 'trieste', 'sea'],
      ['ceyhan-trieste', 'ceyhan', 'trieste', 'sea'],
      ['alashankou-dostyk', 'alashankou', 'dostyk', 'rail'],
      ['khorgos-altynkol', 'khorgos', 'altynkol', 'rail'],
      ['dostyk-aktogay', 'dostyk', 'aktogay', 'rail'],
      ['aktogay-moiynty', 'aktogay', 'moiynty', 'rail'],
      ['zhezkazgan-saksaulskaya', 'zhezkazgan', 'saksaulskaya', 'rail'],
      ['saksaulskaya-shalkar', 'saksaulskaya', 'shalkar', 'rail'],
      ['shalkar-beyneu', 'shalkar', 'beyneu', 'rail'],
      ['beyneu-aktau', 'beyneu', 'aktau', 'rail'],
      ['beyneu-kuryk', 'beyneu', 'kuryk', 'rail'],
      ['horadiz-aghband', 'horadiz', 'aghband', 'rail'],
      ['zangezur-tripp', 'aghband', 'nakhchivan', 'rail'],
      ['kars-nakhchivan', 'kars', 'nakhchivan', 'rail'],
    ];
    for (const [id, from, to, mode] of required) {
      expect({ id, from: link(id).from, to: link(id).to, mode: link(id).mode }).toEqual({ id, from, to, mode });
    }
  });

  it('makes pipelines one-way and sea lanes and railways two-way', () => {
    for (const l of links.values()) expect(l.direction, l.id).toBe(l.mode === 'pipeline' ? 'forward' : 'both');
  });

  it('puts every node inside the bounding box of its country (catches swapped longitude and latitude)', () => {
    // Rough boxes [west, south, east, north] in degrees, generous by a fraction of a degree.
    const boxes: Record<string, readonly [number, number, number, number]> = {
      KZ: [46.4, 40.5, 87.4, 55.5], CN: [73.4, 18.1, 134.8, 53.6], RU: [19.6, 41.1, 180, 81.9], AZ: [44.7, 38.3, 50.9, 41.95],
      GE: [40.0, 41.0, 46.8, 43.6], TR: [25.6, 35.8, 44.9, 42.2], TM: [52.4, 35.1, 66.7, 42.8], GR: [19.3, 34.8, 29.7, 41.8],
      IT: [6.6, 35.4, 18.6, 47.1], RO: [20.2, 43.6, 29.8, 48.3], BG: [22.3, 41.2, 28.7, 44.3], DE: [5.8, 47.2, 15.1, 55.1],
      PL: [14.1, 49.0, 24.2, 54.9], BY: [23.1, 51.2, 32.8, 56.2], UA: [22.1, 44.3, 40.3, 52.4], IR: [44.0, 25.0, 63.4, 39.8],
      UZ: [55.9, 37.1, 73.2, 45.6], KG: [69.2, 39.1, 80.3, 43.3], HU: [16.1, 45.7, 22.9, 48.6], CZ: [12.0, 48.5, 18.9, 51.1],
      NL: [3.3, 50.7, 7.3, 53.6], AM: [43.4, 38.8, 46.7, 41.3], RS: [18.8, 42.2, 23.0, 46.2], SK: [16.8, 47.7, 22.6, 49.6],
      AT: [9.5, 46.3, 17.2, 49.1],
    };
    for (const node of nodes.values()) {
      const box = boxes[node.country];
      expect(box, `no box for ${node.country}`).toBeDefined();
      const [west, south, east, north] = box as readonly [number, number, number, number];
      const [lon, lat] = node.lonLat;
      expect(lon >= west && lon <= east && lat >= south && lat <= north, `${node.id} at [${lon}, ${lat}] in ${node.country}`).toBe(true);
    }
    expect(nodes.get('baku')?.lonLat[0]).toBeCloseTo(49.89, 1);
    expect(nodes.get('baku')?.lonLat[1]).toBeCloseTo(40.38, 1);
  });

  it('has every published length at least the great-circle distance between its end nodes', () => {
    // No exception: trans-caspian-gas, formerly excepted, now starts at Belek with a computed length
    // (the published 300 km offshore plus an onshore estimate; checked in the published-figures test).
    const exceptions = new Set<string>();
    for (const l of links.values()) {
      if (l.lengthBasis !== 'published') continue;
      const straight = endsGreatCircleKm(l);
      if (exceptions.has(l.id)) {
        expect(l.lengthKm, l.id).toBeLessThan(straight);
        expect(l.lengthKm, l.id).toBeGreaterThanOrEqual(straight * 0.99);
      } else {
        expect(l.lengthKm, `${l.id}: ${l.lengthKm} km vs great circle ${straight.toFixed(1)} km`).toBeGreaterThanOrEqual(straight);
      }
    }
  });

  it('has computed lengths that are never shorter than the great-circle distance (after rounding) and keep a plausible ratio', () => {
    // Known exception: the Dardanelles – Trieste lane must round the Peloponnese (the sea-route search
    // leaves out MARNET's Corinth Canal lane, closed to these ships), about 1.63 × the straight line.
    const roundabout: Record<string, number> = { 'dardanelles-trieste': 1.7 };
    for (const l of links.values()) {
      const ratio = l.lengthKm / endsGreatCircleKm(l);
      expect(ratio, l.id).toBeGreaterThanOrEqual(l.lengthBasis === 'computed' ? 0.97 : 0.99);
      expect(ratio, l.id).toBeLessThan(roundabout[l.id] ?? (l.mode === 'rail' ? 1.8 : 1.6));
    }
  });

  it('matches the published figures of the research notes and cites their source on the link', () => {
    const table: readonly [id: string, km: number, key: string][] = [
      ['btc', 1768, 'BP-BTC'],
      ['baku-supsa', 829.6, 'SOCAR-BS'],
      ['cpc', 1511, 'CPC-PR-2023'],
      ['baku-novorossiysk', 1330, 'GEM-BN'],
      ['scp', 692, 'GEM-SCP'],
      ['scp-erzurum', 280, 'REPORT-SCP'],
      ['tanap', 1850, 'NEWSAZ-TANAP'],
      ['tap', 878, 'REPORT-TAP'],
      ['atyrau-samara', 691, 'HANSARD-2001'],
      ['aktau-baku', 470, 'OBASTAN-BAKU-AKTAU'],
      ['turkmenbashi-baku', 306, 'EURASIATRAVEL-FERRY'],
      ['dostyk-aktogay', 304, 'WIKI-AKTOGAY-DOSTYK-KK'],
      ['altynkol-zhetygen', 293, 'OCEANSKY-ALTYNKOL'],
      ['beyneu-aktau', 404, 'XALQ-BEINEU'],
      ['baku-boyuk-kesik', 503, 'RAILLY-BTK'],
      ['btk-akhalkalaki-kars', 105, 'TRANSINFO-BTK'],
      ['gebze-halkali', 76, 'RAILTURKEY-MARMARAY-2019-04'],
      ['sivas-ankara', 602, 'EMLAKKULISI-ANKARA-SIVAS'],
      ['horadiz-aghband', 110.4, 'TREND-HORADIZ-2025'],
    ];
    for (const [id, km, key] of table) {
      const l = link(id);
      expect({ id, km: l.lengthKm, basis: l.lengthBasis }).toEqual({ id, km, basis: 'published' });
      expect(l.sources.map((s) => s.key), id).toContain(key);
    }
    // The Trans-Caspian gas pipeline's published 300 km is its offshore part, one term of a computed length.
    expect(link('trans-caspian-gas').lengthNote).toMatch(/300 km \(published, WSTREAM-TCP\)/);
    expect(link('trans-caspian-gas').sources.map((s) => s.key)).toContain('WSTREAM-TCP');
  });

  it('keeps the Baku–Tbilisi–Kars legs within 2 % of the published 826 km and cites that figure', () => {
    const legs = ['baku-boyuk-kesik', 'btk-gardabani-akhalkalaki', 'btk-akhalkalaki-kars'].map(link);
    const total = legs.reduce((sum, l) => sum + l.lengthKm, 0);
    expect(Math.abs(total - 826) / 826).toBeLessThan(0.02);
    expect(link('btk-akhalkalaki-kars').sources.map((s) => s.key)).toContain('RP-BTK');
    expect(link('btk-akhalkalaki-kars').lengthNote).toMatch(/826 km/);
  });

  it('makes the Georgian main line from the Azerbaijani border add up to the transit tariff’s 360 km to Poti and 396 km to Batumi', () => {
    const trunk = ['gardabani-tbilisi', 'tbilisi-samtredia'].map(link).reduce((sum, l) => sum + l.lengthKm, 0);
    expect(trunk + link('samtredia-poti').lengthKm).toBe(360);
    expect(trunk + link('samtredia-batumi').lengthKm).toBe(396);
    for (const id of ['gardabani-tbilisi', 'samtredia-poti', 'samtredia-batumi']) expect(link(id).sources.map((s) => s.key), id).toContain('MTT-GR-2010');
  });

  it('explains every computed length in lengthNote, naming the method', () => {
    for (const l of links.values()) {
      if (l.lengthBasis !== 'computed') continue;
      expect(l.lengthNote?.trim(), l.id).toBeTruthy();
      expect(l.lengthNote, l.id).toMatch(/computed, not published/i);
      if (l.mode === 'sea') expect(l.lengthNote, l.id).toMatch(/sea-route distance over the searoute\/MARNET network \(computed, not published\)/i);
      else expect(l.lengthNote, l.id).toMatch(/great-circle|arithmetic on published figures/i);
    }
  });

  it('records the published capacities of the main pipelines', () => {
    expect(link('btc').capacity).toMatchObject({ value: 1.2, unit: 'Mbbl/d' });
    // 72.5 Mt/yr from Kazakhstan (TASS, 2026), chosen over the 67 Mt/yr design target of 2011 that the
    // 70.52 Mt carried in 2025 already exceeds; the note keeps the alternatives.
    expect(link('cpc').capacity).toMatchObject({ value: 72.5, unit: 'Mt/yr' });
    expect(link('cpc').capacity?.note).toMatch(/67 Mt\/yr/);
    expect(link('scp').capacity).toMatchObject({ value: 25, unit: 'bcm/yr' });
    expect(link('tanap').capacity).toMatchObject({ value: 16, unit: 'bcm/yr' });
    expect(link('tap').capacity).toMatchObject({ value: 11.2, unit: 'bcm/yr' });
    expect(link('atyrau-samara').capacity).toMatchObject({ value: 17.5, unit: 'Mt/yr' });
  });

  it('marks the Zangezur links and the Trans-Caspian gas pipeline as not yet built, and Baku–Supsa as idle', () => {
    expect(link('horadiz-aghband').status).toBe('under-construction');
    expect(link('kars-nakhchivan').status).toBe('under-construction');
    expect(link('zangezur-tripp').status).toBe('planned');
    expect(link('trans-caspian-gas').status).toBe('planned');
    expect(link('baku-supsa').status).toBe('idle');
    expect(link('supsa-bosporus').status).toBe('idle');
  });

  it('lists the transit countries of the main pipelines and cross-border lines in route order', () => {
    const expected: Record<string, readonly string[]> = {
      btc: ['AZ', 'GE', 'TR'],
      cpc: ['KZ', 'RU'],
      tap: ['GR', 'AL', 'IT'],
      tanap: ['TR', 'GR'],
      scp: ['AZ', 'GE', 'TR'],
      'baku-supsa': ['AZ', 'GE'],
      'baku-novorossiysk': ['AZ', 'RU'],
      'atyrau-samara': ['KZ', 'RU'],
      'kazakhstan-china-oil': ['KZ', 'CN'],
      'trans-caspian-gas': ['TM', 'AZ'],
      'druzhba-samara-schwedt': ['RU', 'BY', 'PL', 'DE'],
      'zangezur-tripp': ['AZ', 'AM', 'AZ'],
      'kars-nakhchivan': ['TR', 'AZ'],
      'btk-akhalkalaki-kars': ['GE', 'TR'],
      'alashankou-dostyk': ['CN', 'KZ'],
      'khorgos-altynkol': ['CN', 'KZ'],
    };
    for (const [id, countries] of Object.entries(expected)) expect(link(id).transitCountries, id).toEqual(countries);
  });

  it('lets Tengiz crude reach the Mediterranean over operational links without crossing Russia', () => {
    const reached = reachable('tengiz', (l) => l.status === 'operational' && l.commodities.includes('crude-oil') && !l.transitCountries.includes('RU'));
    expect(reached.has('aktau')).toBe(true);
    expect(reached.has('sangachal')).toBe(true);
    expect(reached.has('ceyhan')).toBe(true);
    expect(reached.has('trieste')).toBe(true);
    expect(reached.has('cpc-marine-terminal')).toBe(false);
  });

  it('lets containers from both Chinese crossings reach the Caspian, the Black Sea and Kars over operational links', () => {
    const use = (l: LinkJson): boolean => l.status === 'operational' && l.commodities.some((c) => c === 'containers' || c === 'general-cargo');
    for (const origin of ['alashankou', 'khorgos']) {
      const reached = reachable(origin, use);
      for (const target of ['aktau', 'kuryk', 'alat', 'tbilisi', 'poti', 'kars', 'constanta']) expect(reached.has(target), `${origin} → ${target}`).toBe(true);
    }
  });

  it('reaches Nakhchivan by rail only through links that are not yet operational', () => {
    const operational = reachable('baku', (l) => l.mode === 'rail' && l.status === 'operational');
    expect(operational.has('nakhchivan')).toBe(false);
    const planned = reachable('baku', (l) => l.mode === 'rail' && l.status !== 'cancelled');
    expect(planned.has('nakhchivan')).toBe(true);
  });

  it('gives every operational link carrying containers or general cargo a moving time with its basis and note', () => {
    const missing = [...links.values()]
      .filter((l) => l.status === 'operational' && l.commodities.some((c) => c === 'containers' || c === 'general-cargo'))
      .filter((l) => typeof l.transitTimeHours !== 'number' || l.transitTimeBasis === undefined || typeof l.transitTimeNote !== 'string')
      .map((l) => l.id);
    expect(missing).toEqual([]);
  });

  it('gives every rail link a gauge, and derives times from a speed only with the speed and its source in the note', () => {
    expect([...links.values()].filter((l) => l.mode === 'rail' && l.gaugeMm === undefined).map((l) => l.id)).toEqual([]);
    for (const l of links.values()) {
      if (l.transitTimeBasis !== 'derived-from-speed') continue;
      expect(l.transitTimeNote, l.id).toMatch(/km\/(day|h)/);
      expect(l.transitTimeNote, l.id).toMatch(/^Derived, not published: lengthKm/);
    }
  });

  it('dates and sources every dwell entry, and describes the corridor as of 2026', () => {
    for (const node of nodes.values()) {
      for (const entry of (node as { dwell?: { year?: number; sources?: unknown[]; note: string }[] }).dwell ?? []) {
        expect(entry.year, node.id).toBeGreaterThanOrEqual(2010);
        expect(entry.sources?.length, node.id).toBeGreaterThan(0);
        expect(entry.note.length, node.id).toBeGreaterThan(20);
      }
    }
    expect((dataset.metadata as unknown as { asOf: string }).asOf).toBe('2026');
  });
});
