/**
 * Label placement for SVG maps: each label is tried at a list of candidate positions and takes the
 * first whose box stays inside the frame and overlaps no label placed before it (and, where asked, no
 * obstacle such as a node marker); a label with no such position is left out. Labels are offered in
 * order of importance, so the ones left out are the least important. Pixels throughout.
 */
import { type Box, boxesOverlap, type TextAnchor, textBox } from './text.js';

/** A position to try: the text's baseline point and anchor. */
export interface LabelCandidate {
  readonly x: number;
  readonly y: number;
  readonly anchor: TextAnchor;
}

/** A label that found a place. */
export interface PlacedLabel {
  /** The text; `\n` separates the lines of a label set on several lines. */
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: TextAnchor;
  readonly fontSizePx: number;
  readonly bold: boolean;
  readonly box: Box;
}

/** Extra test a candidate box must pass (e.g. lying on land, or on water). */
export type BoxTest = (box: Box) => boolean;

/** Places labels without overlap inside a frame (see the module comment). */
export class LabelPlacer {
  private readonly placed: PlacedLabel[] = [];
  /** Obstacles by grid cell ({@link CELL_PX} square), so that a test looks only at those nearby. */
  private readonly cells = new Map<string, Box[]>();

  /**
   * @param frame - the box labels must stay inside, px.
   * @param obstacles - boxes labels avoid when asked to (node markers), px.
   * @param paddingPx - space kept between two labels, px.
   */
  constructor(
    private readonly frame: Box,
    obstacles: readonly Box[] = [],
    private readonly paddingPx = 1,
  ) {
    for (const o of obstacles) {
      for (const key of cellKeys(o)) {
        const list = this.cells.get(key);
        if (list === undefined) this.cells.set(key, [o]);
        else list.push(o);
      }
    }
  }

  /** Whether `box` covers an obstacle other than `own`. */
  private hitsObstacle(box: Box, own: Box | undefined): boolean {
    for (const key of cellKeys(box)) {
      for (const o of this.cells.get(key) ?? []) if (o !== own && boxesOverlap(o, box)) return true;
    }
    return false;
  }

  /** The labels placed so far, in placement order. */
  get labels(): readonly PlacedLabel[] {
    return this.placed;
  }

  /**
   * Places `text` at the first candidate that fits (a text with `\n` is set on several lines, the
   * candidate giving the first line's baseline, each further line {@link LINE_HEIGHT_EM} em lower); with `avoidObstacles`, candidates whose box covers
   * an obstacle (other than `ownObstacle`) are skipped. Returns the placed label, or `null`.
   */
  place(
    text: string,
    candidates: readonly LabelCandidate[],
    style: { readonly fontSizePx: number; readonly bold?: boolean },
    options: { readonly avoidObstacles?: boolean; readonly ownObstacle?: Box; readonly test?: BoxTest } = {},
  ): PlacedLabel | null {
    const bold = style.bold ?? false;
    for (const c of candidates) {
      const box = labelBox(text, c.x, c.y, c.anchor, style.fontSizePx, bold);
      if (!this.fits(box)) continue;
      if (options.avoidObstacles === true && this.hitsObstacle(box, options.ownObstacle)) continue;
      if (options.test !== undefined && !options.test(box)) continue;
      const label: PlacedLabel = { text, x: c.x, y: c.y, anchor: c.anchor, fontSizePx: style.fontSizePx, bold, box };
      this.placed.push(label);
      return label;
    }
    return null;
  }

  /** Whether a box lies inside the frame and clear of every placed label (with the padding). */
  fits(box: Box): boolean {
    const [f0, f1, f2, f3] = this.frame;
    if (box[0] < f0 || box[1] < f1 || box[2] > f2 || box[3] > f3) return false;
    const p = this.paddingPx;
    const padded: Box = [box[0] - p, box[1] - p, box[2] + p, box[3] + p];
    return !this.placed.some((l) => boxesOverlap(l.box, padded));
  }
}

/** Side of the grid cells obstacles are filed in, px. */
const CELL_PX = 32;

/** Keys of the grid cells a box touches. */
function cellKeys(box: Box): string[] {
  const keys: string[] = [];
  for (let i = Math.floor(box[0] / CELL_PX); i <= Math.floor(box[2] / CELL_PX); i++) {
    for (let j = Math.floor(box[1] / CELL_PX); j <= Math.floor(box[3] / CELL_PX); j++) keys.push(`${i},${j}`);
  }
  return keys;
}

/** Distance between the baselines of a label's lines, em. */
export const LINE_HEIGHT_EM = 1.1;

/** The box of a label of one or more lines (`\n`), px: the union of its lines' {@link textBox}es. */
export function labelBox(text: string, x: number, y: number, anchor: TextAnchor, fontSizePx: number, bold = false): Box {
  let box: Box | undefined;
  text.split('\n').forEach((line, i) => {
    const b = textBox(line, x, y + i * LINE_HEIGHT_EM * fontSizePx, anchor, fontSizePx, bold);
    box = box === undefined ? b : [Math.min(box[0], b[0]), Math.min(box[1], b[1]), Math.max(box[2], b[2]), Math.max(box[3], b[3])];
  });
  return box!;
}

/**
 * Candidate positions around a point marker of radius `r`: right, left, above and below, then the four
 * diagonals (baseline points for a label of font size `fontSizePx`).
 */
export function aroundPoint(x: number, y: number, r: number, fontSizePx: number): LabelCandidate[] {
  const gap = r + 2.5;
  const mid = y + 0.3 * fontSizePx;
  return [
    { x: x + gap, y: mid, anchor: 'start' },
    { x: x - gap, y: mid, anchor: 'end' },
    { x, y: y - gap - 1, anchor: 'middle' },
    { x, y: y + gap + 0.8 * fontSizePx, anchor: 'middle' },
    { x: x + r, y: y - r - 2, anchor: 'start' },
    { x: x + r, y: y + r + 0.8 * fontSizePx + 1, anchor: 'start' },
    { x: x - r, y: y - r - 2, anchor: 'end' },
    { x: x - r, y: y + r + 0.8 * fontSizePx + 1, anchor: 'end' },
  ];
}

/**
 * Points of a box to test against an area: along its top, middle and bottom lines at most `stepPx`
 * apart (corners included), so that a coastline cannot slip between two of them unnoticed.
 */
export function boxSamplePoints(box: Box, stepPx = 5): [number, number][] {
  const [x0, y0, x1, y1] = box;
  const ym = (y0 + y1) / 2;
  const n = Math.max(2, Math.ceil((x1 - x0) / stepPx));
  const points: [number, number][] = [];
  for (let i = 0; i <= n; i++) {
    const x = x0 + ((x1 - x0) * i) / n;
    points.push([x, y0], [x, ym], [x, y1]);
  }
  return points;
}
