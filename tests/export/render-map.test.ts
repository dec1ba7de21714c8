import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { InvalidOptionError, type Network, corridorDataset, findRoutes, loadCorridorNetwork, parseNetwork, renderMap } from '../../src/index.js';
import { isApproximateGeometry } from '../../src/export/map/approximate.js';
import { type Box, boxesOverlap, type TextAnchor, textBox } from '../../src/export/map/text.js';
import { tinyDataset } from '../helpers/tiny-network.js';

const network = loadCorridorNetwork();

function parse(svg: string) {
  expect(XMLValidator.validate(svg)).toBe(true);
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg) as { svg: Record<string, unknown> };
}

/** Every element of a parsed document with a given tag name. */
function elements(node: unknown, tag: string, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(node)) for (const n of node) elements(n, tag, out);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === tag) (Array.isArray(value) ? value : [value]).forEach((v) => out.push(v as Record<string, unknown>));
      elements(value, tag, out);
    }
  }
  return out;
}

describe('renderMap', () => {
  const routes = findRoutes(network, 'tengiz', 'trieste', { commodity: 'crude-oil', k: 2 });
  const svg = renderMap(network, { routes, shadeCountries: ['TR'] });
  const doc = parse(svg);

  it('returns a well-formed, self-contained SVG document of the given size', () => {
    expect(doc.svg['xmlns']).toBe('http://www.w3.org/2000/svg');
    expect(doc.svg['width']).toBe('960');
    expect(doc.svg['viewBox']).toBe('0 0 960 640');
    expect(svg).not.toMatch(/<image|xlink:href|href=|@import|url\(/);
  });

  it('draws every link that is not cancelled, with its mode colour and a tooltip naming it', () => {
    const titled = elements(doc, 'path').filter((p) => typeof p['title'] === 'string' && / \([a-z0-9-]+\): (pipeline|rail|sea|road),/.test(p['title'] as string));
    expect(titled).toHaveLength([...network.links.values()].filter((l) => l.status !== 'cancelled').length);
    const btc = titled.find((p) => (p['title'] as string).includes('(btc)'))!;
    expect(btc['stroke']).toBe('#c0392b');
    const planned = titled.find((p) => (p['title'] as string).includes('(trans-caspian-gas)'))!;
    expect(planned['stroke-dasharray']).toBe('3 3');
  });

  it('highlights the routes, lists them in the legend, shades countries and credits the sources', () => {
    const routePaths = elements(doc, 'path').filter((p) => typeof p['title'] === 'string' && (p['title'] as string).startsWith('Route '));
    expect(routePaths).toHaveLength(2);
    const texts = elements(doc, 'text').map((t) => (typeof t === 'string' ? t : String(t['#text'] ?? '')));
    expect(texts.some((t) => t.startsWith('route 1: 4,588 km'))).toBe(true);
    expect(texts.some((t) => t.includes('Made with Natural Earth'))).toBe(true);
    expect(texts).toContain('Tengiz oil field');
    const turkey = elements(doc, 'path').find((p) => p['title'] === 'Turkey (TR)')!;
    expect(turkey['fill']).toBe('#d6e4c3');
    expect(elements(doc, 'path').find((p) => p['title'] === 'Georgia (GE)')!['fill']).toBe('#f4f1ea');
    expect(texts).toContain('shaded: TR');
    expect(elements(doc, 'circle').length).toBe(drawnNodeCount(network));
  });

  it('rejects impossible sizes', () => {
    expect(() => renderMap(network, { width: 0 })).toThrow(InvalidOptionError);
    expect(() => renderMap(network, { height: Number.NaN })).toThrow(/height/);
  });

  it('names the option at fault: unknown keys, bad extents, statuses, countries, foreign routes', () => {
    expect(() => renderMap(network, { colour: 'red' } as never)).toThrow(/colour.*unknown option/s);
    expect(() => renderMap(network, { extent: [[60, 45], [40, 35]] })).toThrow(/south-west corner first/);
    expect(() => renderMap(network, { extent: [[0, 0]] } as never)).toThrow(/extent/);
    expect(() => renderMap(network, { statuses: ['open'] } as never)).toThrow(/statuses/);
    expect(() => renderMap(network, { shadeCountries: ['Turkey'] })).toThrow(/shadeCountries/);
    expect(() => renderMap(network, { labels: 'some' } as never)).toThrow(/labels/);
    const handMade = { routes: [{ legs: [{ linkId: 'btc' }] }] } as never;
    expect(() => renderMap(network, handMade)).toThrow(/expected routes returned by findRoutes/);
    expect(() => renderMap(network, { routes: [{ legs: [null], nodeIds: [] }] } as never)).toThrow(InvalidOptionError);
    // A route found on another network whose link happens to be called "btc" is not drawn along BTC.
    const synthetic = parseNetwork({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [49.87, 40.41] }, properties: { type: 'node', id: 'a', name: 'A', kind: 'city', country: 'AZ', sources: [{ title: 't' }] } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [49.6, 40.5] }, properties: { type: 'node', id: 'b', name: 'B', kind: 'city', country: 'AZ', sources: [{ title: 't' }] } },
        { type: 'Feature', geometry: null, properties: { type: 'link', id: 'btc', name: 'fake', from: 'a', to: 'b', mode: 'rail', commodities: ['containers'], direction: 'both', lengthKm: 30, lengthBasis: 'computed', transitCountries: ['AZ'], status: 'operational', sources: [{ title: 't' }] } },
      ],
    });
    const foreign = findRoutes(synthetic, 'a', 'b');
    expect(() => renderMap(network, { routes: foreign })).toThrow(/runs a → b, but here it joins sangachal and ceyhan/);
  });

  it('stays well-formed XML with control characters in the data, and frames the whole world without NaN', () => {
    const out = renderMap(network, { title: 'bell\u0007 nul\u0000 & <tag> "q"' });
    parse(out);
    expect(out).toContain('bell\uFFFD nul\uFFFD &amp; &lt;tag&gt; &quot;q&quot;');
    const world = renderMap(network, { extent: [[-180, -90], [180, 90]] });
    parse(world);
    expect(world).not.toMatch(/NaN|Infinity/);
    expect(elements(parse(world), 'circle').length).toBe(drawnNodeCount(network));
  });

  it('frames a one-node network without NaN coordinates', () => {
    const dataset = corridorDataset() as { features: { properties: { id: string } }[] };
    const single = parseNetwork({ ...dataset, features: dataset.features.filter((f) => f.properties.id === 'baku') });
    const out = renderMap(single);
    parse(out);
    expect(out).not.toMatch(/NaN|Infinity/);
    expect(out).toContain('Baku');
  });
});

/** The first `<g>` or `<rect>` with a given id. */
function byId(doc: unknown, tag: string, id: string): Record<string, unknown> {
  const found = elements(doc, tag).find((e) => e['id'] === id);
  if (found === undefined) throw new Error(`no <${tag} id="${id}">`);
  return found;
}

/** The text of a parsed `<text>` element. */
function textOf(t: Record<string, unknown> | string): string {
  return typeof t === 'string' ? t : String(t['#text'] ?? '');
}

/** The box of each `<text>` in a group, from its position, anchor and size and the font-width estimate. */
function textBoxes(group: Record<string, unknown>): { text: string; box: Box }[] {
  return elements(group, 'text').map((t) => {
    const size = Number(t['font-size']);
    expect(size).toBeGreaterThan(0);
    return { text: textOf(t), box: textBox(textOf(t), Number(t['x']), Number(t['y']), (t['text-anchor'] ?? 'start') as TextAnchor, size, t['font-weight'] === 'bold') };
  });
}

/** The frame rectangle `[x0, y0, x1, y1]`. */
function frameOf(doc: unknown): Box {
  const r = byId(doc, 'rect', 'map-frame');
  const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((k) => Number(r[k]));
  return [x!, y!, x! + w!, y! + h!];
}

/** Pairs of labels whose boxes overlap (empty when none do). */
function overlaps(labels: readonly { text: string; box: Box }[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) if (boxesOverlap(labels[i]!.box, labels[j]!.box)) out.push(`${labels[i]!.text} × ${labels[j]!.text}`);
  return out;
}

describe('renderMap legibility', () => {
  const crude = findRoutes(network, 'tengiz', 'trieste', { commodity: 'crude-oil', k: 3 });
  const fast = findRoutes(network, 'xian', 'duisburg', { commodity: 'containers', weight: 'transitTimeHours' }).routes[0]!;
  const noRu = findRoutes(network, 'xian', 'duisburg', { commodity: 'containers', weight: 'transitTimeHours', avoidCountries: ['RU'] }).routes[0]!;
  const maps = {
    'the crude routes': renderMap(network, { routes: crude, shadeCountries: ['AZ', 'GE'] }),
    'every node named': renderMap(network, { labels: 'all' }),
    'two container routes in a narrow extent': renderMap(network, { routes: [fast, noRu], routeNames: ['fastest', 'fastest without RU'], extent: [[3, 35], [60, 58]] }),
    'a small map': renderMap(network, { width: 480, height: 360, routes: crude }),
  };

  for (const [name, svg] of Object.entries(maps)) {
    describe(name, () => {
      const doc = parse(svg);
      const frame = frameOf(doc);

      it('names no two things in the same place, and keeps every name inside the frame', () => {
        const labels = textBoxes(byId(doc, 'g', 'labels'));
        expect(labels.length).toBeGreaterThan(3);
        expect(overlaps(labels)).toEqual([]);
        for (const { text, box } of labels) {
          expect(box[0] >= frame[0] && box[1] >= frame[1] && box[2] <= frame[2] && box[3] <= frame[3], text).toBe(true);
        }
      });

      it('puts the legend and the attribution below the frame, the attribution at 9 px or more', () => {
        const legend = byId(doc, 'g', 'legend');
        const texts = textBoxes(legend);
        expect(texts.length).toBeGreaterThan(3);
        for (const { text, box } of texts) expect(box[1], text).toBeGreaterThanOrEqual(frame[3]);
        for (const line of elements(legend, 'line')) expect(Number(line['y1'])).toBeGreaterThan(frame[3]);
        const attribution = elements(legend, 'text').filter((t) => /Natural Earth|OpenStreetMap|Global Energy Monitor/.test(textOf(t)));
        expect(attribution.length).toBeGreaterThan(0);
        for (const t of attribution) expect(Number(t['font-size'])).toBeGreaterThanOrEqual(9);
        const width = Number(doc.svg['width']);
        for (const { box } of texts) expect(box[2]).toBeLessThanOrEqual(width);
      });
    });
  }

  it('names countries and seas', () => {
    const doc = parse(maps['the crude routes']);
    const names = elements(byId(doc, 'g', 'labels'), 'text');
    const countries = names.filter((t) => t['class'] === 'country-name').map(textOf);
    const seas = names.filter((t) => t['class'] === 'sea-name').map(textOf);
    expect(countries).toEqual(expect.arrayContaining(['Kazakhstan', 'Russia', 'Iran']));
    // A sea's name may be set on two lines, one <text> each.
    expect(seas.join(' ')).toMatch(/Black Sea/);
    expect(renderMap(network, { placeNames: false })).not.toContain('class="country-name"');
    const unnamed = renderMap(network, { labels: 'none' });
    expect(unnamed).not.toContain('class="node-name"');
    expect(unnamed).toContain('class="country-name"');
  });

  it('draws lines that are not a known route thin and pale, and says so in the legend', () => {
    const doc = parse(maps['the crude routes']);
    const linkPaths = elements(doc, 'path').filter((p) => typeof p['class'] === 'string' && (p['class'] as string).startsWith('link'));
    const byLink = new Map(linkPaths.map((p) => [/\(([a-z0-9-]+)\):/.exec(p['title'] as string)![1]!, p]));
    for (const link of network.links.values()) {
      if (link.status === 'cancelled') continue;
      const p = byLink.get(link.id)!;
      expect(p['class'], link.id).toBe(isApproximateGeometry(link) ? 'link approximate' : 'link');
      if (isApproximateGeometry(link)) {
        expect(p['stroke-width']).toBe('0.9');
        expect(p['stroke-opacity']).toBe('0.45');
      } else expect(Number(p['stroke-width'])).toBeGreaterThanOrEqual(1.3);
    }
    expect(byLink.get('tengiz-aktau')!['class']).toBe('link approximate');
    expect(byLink.get('btc')!['class']).toBe('link');
    const legendTexts = elements(byId(doc, 'g', 'legend'), 'text').map(textOf);
    expect(legendTexts.some((t) => t.includes('drawn approximately'))).toBe(true);
  });

  it('draws routes that share links side by side, in distinct colours and dashes, named in the legend', () => {
    const doc = parse(maps['two container routes in a narrow extent']);
    const routes = elements(doc, 'path').filter((p) => p['class'] === 'route');
    expect(routes).toHaveLength(2);
    expect(routes[0]!['stroke']).not.toBe(routes[1]!['stroke']);
    expect(routes[0]!['stroke-dasharray'] ?? '').not.toBe(routes[1]!['stroke-dasharray'] ?? '');
    // Both leave Xi'an along the same link: their first points differ by the offset.
    const start = (p: Record<string, unknown>) => /^M([\d.-]+),([\d.-]+)/.exec(p['d'] as string)!.slice(1).map(Number);
    const [a, b] = [start(routes[0]!), start(routes[1]!)];
    expect(Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!)).toBeGreaterThan(2);
    const legendTexts = elements(byId(doc, 'g', 'legend'), 'text').map(textOf);
    expect(legendTexts.some((t) => t.startsWith('fastest: '))).toBe(true);
    expect(legendTexts.some((t) => t.startsWith('fastest without RU: '))).toBe(true);
    // Without names, two rank-1 routes are still told apart.
    const unnamed = elements(parse(renderMap(network, { routes: [fast, noRu] })), 'text').map(textOf);
    expect(unnamed.filter((t) => /^route 1 by transitTimeHours \([ab]\): /.test(t))).toHaveLength(2);
    expect(() => renderMap(network, { routes: [fast], routeNames: ['a', 'b'] })).toThrow(/routeNames.*at most one name per route/s);
    expect(() => renderMap(network, { routes: [fast], routeNames: [1] } as never)).toThrow(/routeNames/);
  });

  it('widens an extent to hold every node of the routes', () => {
    const doc = parse(maps['two container routes in a narrow extent']);
    const frame = frameOf(doc);
    const xian = elements(doc, 'circle').find((c) => String(c['title']).includes('(xian,'))!;
    const [x, y] = [Number(xian['cx']), Number(xian['cy'])];
    expect(x >= frame[0] && x <= frame[2] && y >= frame[1] && y <= frame[3]).toBe(true);
  });

  it('draws a link across the antimeridian the short way, in a frame centred on it', () => {
    const node = (id: string, lon: number) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, 65] }, properties: { type: 'node', id, name: id.toUpperCase(), kind: 'city', country: 'RU', sources: [{ title: 't' }] } });
    const link = (id: string, from: string, to: string, geometry: unknown) => ({
      type: 'Feature',
      geometry,
      properties: { type: 'link', id, name: id, from, to, mode: 'rail', commodities: ['containers'], direction: 'both', lengthKm: 100, lengthBasis: 'computed', transitCountries: ['RU'], status: 'operational', sources: [{ title: 't' }] },
    });
    const pacific = parseNetwork({
      type: 'FeatureCollection',
      features: [
        node('west', 178.5),
        node('east', -178.5),
        node('far', -177),
        link('straight', 'west', 'east', null),
        link('drawn', 'east', 'far', { type: 'LineString', coordinates: [[-178.5, 65], [-177, 65]] }),
        link('across', 'far', 'west', { type: 'LineString', coordinates: [[-177, 65], [-179.5, 65.2], [179.5, 65.2], [178.5, 65]] }),
      ],
    });
    const svg = renderMap(pacific, { width: 600, height: 400 });
    const doc = parse(svg);
    expect(svg).not.toMatch(/NaN|Infinity/);
    const frame = frameOf(doc);
    for (const p of elements(doc, 'path').filter((e) => typeof e['class'] === 'string' && (e['class'] as string).startsWith('link'))) {
      const d = p['d'] as string;
      expect(d.match(/M/g) ?? [], d).toHaveLength(1); // one piece: not cut at the antimeridian
      const xs = [...d.matchAll(/[ML]([\d.-]+),/g)].map((m) => Number(m[1]));
      let min = Infinity;
      let max = -Infinity;
      for (const x of xs) {
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
      expect(max - min).toBeLessThan(frame[2] - frame[0]); // not the long way round
    }
    const circles = elements(doc, 'circle').map((c) => Number(c['cx']));
    for (const x of circles) expect(x > frame[0] && x < frame[2]).toBe(true);
  });
});

describe('renderMap at scale, and its options', () => {
  it('draws a 150,000-node network (no RangeError from spreading the extent into Math.max)', () => {
    const N = 150_000;
    const nodes = Array.from({ length: N }, (_, i) => ({ id: `n${i}`, country: 'KZ', lonLat: [50 + (i % 400) / 40, 40 + Math.floor(i / 400) / 40] as [number, number] }));
    const big = parseNetwork(tinyDataset(nodes, []), { checkNodeCountries: false });
    const out = renderMap(big, { labels: 'none' });
    expect(out.startsWith('<svg')).toBe(true);
    expect(out.match(/<circle /g)).toHaveLength(N);
    expect(out).not.toMatch(/NaN|Infinity/);
  });

  it('draws a route along a 200,000-vertex link geometry', () => {
    const V = 200_000;
    const dataset = tinyDataset([{ id: 'a', country: 'KZ', lonLat: [50, 40] }, { id: 'b', country: 'KZ', lonLat: [51, 40] }], [{ id: 'ab', from: 'a', to: 'b', lengthKm: 90 }]) as {
      features: { geometry: unknown }[];
    };
    dataset.features[2]!.geometry = { type: 'LineString', coordinates: Array.from({ length: V }, (_, i) => [50 + i / (V - 1), 40]) };
    const long = parseNetwork(dataset, { checkNodeCountries: false });
    const out = renderMap(long, { routes: findRoutes(long, 'a', 'b'), labels: 'none' });
    expect(out).toContain('Route 1: 90 km via ab');
  });

  it('ignores inherited option keys', () => {
    const inherited = Object.create({ width: 50, colour: 'red', title: 'Polluted' }) as object;
    const out = renderMap(network, inherited);
    expect(out).toContain('width="960"');
    expect(out).not.toContain('Polluted');
  });
});

/** Nodes a default map draws: the ends of every link that is not cancelled. */
function drawnNodeCount(network: Network): number {
  const ids = new Set<string>();
  for (const l of network.links.values()) if (l.status !== 'cancelled') ids.add(l.from).add(l.to);
  return ids.size;
}
