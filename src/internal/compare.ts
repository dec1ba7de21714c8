/** Compares two strings by UTF-16 code units (locale-independent, the order `Array#sort` uses). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
