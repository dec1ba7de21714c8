/**
 * Country and sea names for SVG maps. Countries are named inside their own visible outline, where the
 * name fits; seas at hand-picked points in open water (first the point that fits). Pixels throughout.
 */
import type { GeoProjection } from 'd3-geo';
import type { CountryShape } from '../../geo/borders.js';
import { boxSamplePoints, type LabelPlacer, type PlacedLabel } from './labels.js';
import { insideRings, ringArea, type ScreenLine } from './screen.js';
import { type Box, textWidthPx } from './text.js';

/** A sea or lake name and the points (`[lon, lat]`, degrees) where it may be written, best first. */
export interface SeaName {
  readonly name: string;
  readonly at: readonly (readonly [number, number])[];
}

/**
 * Seas named on the maps, with points in open water away from the usual lanes (degrees). Points were
 * read off the Natural Earth coastline; a name is written only where its whole box is over water.
 */
export const SEA_NAMES: readonly SeaName[] = [
  { name: 'Caspian Sea', at: [[50.6, 45.2], [51.0, 42.2], [50.3, 38.9], [51.5, 41.0], [51.2, 43.3], [50.8, 40.0], [50.0, 45.6], [49.6, 45.1], [51.4, 45.4]] },
  { name: 'Black Sea', at: [[34.3, 43.4], [33.0, 42.7], [35.8, 42.6], [31.5, 43.3], [31.0, 42.4], [37.5, 42.6], [33.6, 42.0], [30.6, 44.0]] },
  { name: 'Mediterranean Sea', at: [[18.5, 34.2], [20.0, 33.5], [27.5, 33.6], [16.5, 35.2], [30.5, 34.0], [24.5, 34.3], [22.0, 34.6], [32.5, 33.4], [28.5, 33.2], [19.5, 35.8]] },
  { name: 'Aegean Sea', at: [[25.0, 38.9], [25.2, 37.6]] },
  { name: 'Adriatic Sea', at: [[15.6, 42.9], [16.3, 42.3]] },
  { name: 'Ionian Sea', at: [[18.8, 37.6], [18.5, 38.5]] },
  { name: 'Sea of Azov', at: [[36.6, 46.1]] },
  { name: 'Baltic Sea', at: [[19.2, 55.9], [18.5, 56.8], [17.8, 55.3]] },
  { name: 'North Sea', at: [[3.8, 55.8], [4.5, 54.6]] },
  { name: 'Persian Gulf', at: [[51.5, 26.8], [50.8, 27.5]] },
  { name: 'Arabian Sea', at: [[64.0, 19.0]] },
  { name: 'Red Sea', at: [[38.5, 21.0]] },
  { name: 'Yellow Sea', at: [[123.5, 35.5]] },
  { name: 'East China Sea', at: [[125.5, 30.0]] },
];

/** Font size of country and sea names, px. */
export const PLACE_NAME_FONT_PX = 10.5;

/** A country's visible outline on the map. */
export interface ScreenCountry {
  readonly shape: CountryShape;
  /** Its projected rings, clipped to the map frame, px. */
  readonly rings: readonly ScreenLine[];
  /** The box around `rings`, px (see `ringsBox`), to skip point tests far from the country. */
  readonly box: readonly [number, number, number, number];
}

/** Whether `(x, y)` lies in a country's visible outline. */
function inCountry(c: ScreenCountry, x: number, y: number): boolean {
  return x >= c.box[0] && x <= c.box[2] && y >= c.box[1] && y <= c.box[3] && insideRings(c.rings, x, y);
}

/**
 * Writes the names of the countries large enough on the map to hold them, largest first, each inside
 * its own outline (every sample point of the name's box inside it), as near the middle of its largest
 * visible part as fits; names that fit nowhere free are left out.
 *
 * @returns the names placed.
 */
export function placeCountryNames(placer: LabelPlacer, countries: readonly ScreenCountry[], gridPx = 10): PlacedLabel[] {
  const fs = PLACE_NAME_FONT_PX;
  const out: PlacedLabel[] = [];
  const sized = countries
    .map((c) => {
      let largest: ScreenLine | undefined;
      let largestArea = 0;
      for (const ring of c.rings) {
        const a = Math.abs(ringArea(ring));
        if (a > largestArea) {
          largestArea = a;
          largest = ring;
        }
      }
      return { c, largest, largestArea };
    })
    .filter((x): x is { c: ScreenCountry; largest: ScreenLine; largestArea: number } => x.largest !== undefined)
    .sort((a, b) => b.largestArea - a.largestArea || (a.c.shape.name < b.c.shape.name ? -1 : 1));
  for (const { c, largest, largestArea } of sized) {
    const name = c.shape.name;
    const w = textWidthPx(name, fs);
    const h = 1.05 * fs;
    if (largestArea < 3 * w * h) continue;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    let cx = 0;
    let cy = 0;
    for (const [x, y] of largest) {
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
      cx += x;
      cy += y;
    }
    if (x1 - x0 < w || y1 - y0 < h) continue;
    cx /= largest.length;
    cy /= largest.length;
    const candidates: { x: number; y: number; d: number }[] = [];
    for (let x = x0 + w / 2; x <= x1 - w / 2; x += gridPx) {
      for (let y = y0 + h; y <= y1; y += gridPx) candidates.push({ x, y, d: (x - cx) ** 2 + (y - cy) ** 2 });
    }
    candidates.sort((a, b) => a.d - b.d || a.x - b.x || a.y - b.y);
    const label = placer.place(
      name,
      candidates.map((p) => ({ x: p.x, y: p.y, anchor: 'middle' as const })),
      { fontSizePx: fs },
      { avoidObstacles: true, test: (box) => boxSamplePoints(box).every(([x, y]) => inCountry(c, x, y)) },
    );
    if (label !== null) out.push(label);
  }
  return out;
}

/**
 * Writes the names of the seas in {@link SEA_NAMES} that show on the map, each at its first point whose
 * box lies wholly over water (outside every country outline) and clear of other labels; a name that
 * fits nowhere on one line is tried on two, 1.5 px smaller (`Caspian` over `Sea`).
 *
 * @param seas - the seas to try, in order (default all of {@link SEA_NAMES}).
 * @returns the names placed (a two-line name has `\n` in its text).
 */
export function placeSeaNames(placer: LabelPlacer, projection: GeoProjection, land: readonly ScreenCountry[], seas: readonly SeaName[] = SEA_NAMES): PlacedLabel[] {
  const out: PlacedLabel[] = [];
  const overWater = (x: number, y: number) => !land.some((c) => inCountry(c, x, y));
  for (const sea of seas) {
    const candidates = sea.at
      .map((lonLat) => projection([lonLat[0], lonLat[1]]))
      .filter((p): p is [number, number] => p !== null && Number.isFinite(p[0]) && Number.isFinite(p[1]))
      .map(([x, y]) => ({ x, y: y + 0.35 * PLACE_NAME_FONT_PX, anchor: 'middle' as const }));
    const options = { avoidObstacles: true, test: (box: Box) => boxSamplePoints(box).every(([x, y]) => overWater(x, y)) };
    let label = placer.place(sea.name, candidates, { fontSizePx: PLACE_NAME_FONT_PX }, options);
    const space = sea.name.lastIndexOf(' ');
    if (label === null && space > 0) {
      const twoLines = `${sea.name.slice(0, space)}\n${sea.name.slice(space + 1)}`;
      const fontSizePx = PLACE_NAME_FONT_PX - 1.5;
      const raised = candidates.map((c) => ({ ...c, y: c.y - 0.55 * fontSizePx }));
      label = placer.place(twoLines, raised, { fontSizePx }, options);
    }
    if (label !== null) out.push(label);
  }
  return out;
}
