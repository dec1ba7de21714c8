/**
 * Text measures for SVG maps: an estimate of the width of a string in Helvetica/Arial (the fonts the
 * maps ask for), label boxes, and wrapping by width. All sizes are in SVG pixels.
 */

/**
 * Advance widths of Arial/Helvetica in em (the fonts' AFM metrics, rounded to 3 decimals), printable
 * ASCII from space (32) to tilde (126).
 */
const ASCII_WIDTHS_EM = [
  0.278, 0.278, 0.355, 0.556, 0.556, 0.889, 0.667, 0.191, 0.333, 0.333, 0.389, 0.584, 0.278, 0.333, 0.278, 0.278, // space … /
  0.556, 0.556, 0.556, 0.556, 0.556, 0.556, 0.556, 0.556, 0.556, 0.556, 0.278, 0.278, 0.584, 0.584, 0.584, 0.556, // 0 … ?
  1.015, 0.667, 0.667, 0.722, 0.722, 0.667, 0.611, 0.778, 0.722, 0.278, 0.5, 0.667, 0.556, 0.833, 0.722, 0.778, // @ … O
  0.667, 0.778, 0.722, 0.667, 0.611, 0.722, 0.667, 0.944, 0.667, 0.667, 0.611, 0.278, 0.278, 0.278, 0.469, 0.556, // P … _
  0.333, 0.556, 0.556, 0.5, 0.556, 0.556, 0.278, 0.556, 0.556, 0.222, 0.222, 0.5, 0.222, 0.833, 0.556, 0.556, // ` … o
  0.556, 0.556, 0.333, 0.5, 0.278, 0.556, 0.5, 0.722, 0.5, 0.5, 0.5, 0.334, 0.26, 0.334, 0.584, // p … ~
];

/** Width used for characters outside printable ASCII (accented letters, dashes, arrows), em. */
const OTHER_WIDTH_EM = 0.667;

/** Bold text is drawn about this much wider than regular text. */
const BOLD_FACTOR = 1.1;

/** Margin added to every estimate, as a fraction of the width, so that estimates err on the wide side. */
const SAFETY = 0.06;

/**
 * Estimated width of `text` drawn in Helvetica/Arial, px: the sum of the fonts' advance widths (other
 * characters count as a wide letter), plus a 6 % margin.
 *
 * @param text - the string as drawn.
 * @param fontSizePx - font size, px.
 * @param bold - bold weight (about 10 % wider).
 * @returns the width, px (0 for an empty string).
 */
export function textWidthPx(text: string, fontSizePx: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    em += code >= 32 && code <= 126 ? (ASCII_WIDTHS_EM[code - 32] as number) : OTHER_WIDTH_EM;
  }
  return em * fontSizePx * (bold ? BOLD_FACTOR : 1) * (1 + SAFETY);
}

/** An axis-aligned box in SVG pixels: `[x0, y0, x1, y1]` with x0 ≤ x1 and y0 ≤ y1. */
export type Box = readonly [number, number, number, number];

/** Whether two boxes overlap (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
}

/** Where a text is anchored, as SVG's `text-anchor`. */
export type TextAnchor = 'start' | 'middle' | 'end';

/**
 * The box a single line of text covers, px: from the baseline point `(x, y)`, its anchor, and its
 * estimated width; it reaches 0.8 em above the baseline and 0.25 em below (ascenders and descenders).
 */
export function textBox(text: string, x: number, y: number, anchor: TextAnchor, fontSizePx: number, bold = false): Box {
  const w = textWidthPx(text, fontSizePx, bold);
  const x0 = anchor === 'start' ? x : anchor === 'middle' ? x - w / 2 : x - w;
  return [x0, y - 0.8 * fontSizePx, x0 + w, y + 0.25 * fontSizePx];
}

/**
 * Words of `text` in lines no wider than `maxWidthPx` (a single word wider than that gets a line of
 * its own).
 */
export function wrapText(text: string, maxWidthPx: number, fontSizePx: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidthPx(candidate, fontSizePx) > maxWidthPx) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** `text` cut to at most `maxWidthPx` with an ellipsis. */
export function truncateToWidth(text: string, maxWidthPx: number, fontSizePx: number): string {
  if (textWidthPx(text, fontSizePx) <= maxWidthPx) return text;
  // One pass, adding characters while the text and the ellipsis fit (linear in the text's length: a
  // caller's route name may be megabytes long); at least one character is kept.
  const room = maxWidthPx - textWidthPx('…', fontSizePx);
  let width = 0;
  let end = 0;
  for (const ch of text) {
    const w = textWidthPx(ch, fontSizePx);
    if (end > 0 && width + w > room) break;
    width += w;
    end += ch.length;
  }
  return `${text.slice(0, end).trimEnd()}…`;
}
