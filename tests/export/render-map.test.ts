import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { InvalidOptionError, type Network, corridorDataset, findRoutes, loadCorridorNetwork, parseNetwork, renderMap } from '../../src/index.js';

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

/** Nodes a default map draws: the ends of every link that is not cancelled. */
function drawnNodeCount(network: Network): number {
  const ids = new Set<string>();
  for (const l of network.links.values()) if (l.status !== 'cancelled') ids.add(l.from).add(l.to);
  return ids.size;
}
