// Notebook → TypeScript, for `deno check` (the Deno Jupyter kernel runs cells without type-checking).
//
//   node scripts/nb2ts.mjs NOTEBOOK.ipynb OUT.ts   concatenate the code cells into OUT.ts; exits 1 if the
//                                                  notebook has stored outputs (commit notebooks cleared)
//   deno check ... | node scripts/nb2ts.mjs --annotate
//                                                  copy deno's output, adding the notebook cell to every
//                                                  "OUT.ts:LINE:COL" location (OUT.ts is deleted afterwards)
//
// Each cell is preceded by a header line naming the notebook and the cell, so the cells must declare
// distinct names (a notebook that re-declares a const in two cells does not concatenate cleanly).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const HEADER = /^\/\/ --- (.+\.ipynb), cell (\d+)(?: \(id "([^"]*)"\))?$/;

if (process.argv[2] === '--annotate') {
  const text = readFileSync(0, 'utf8');
  const cache = new Map();
  const headersOf = (file) => {
    if (!cache.has(file)) {
      const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
      cache.set(file, lines.flatMap((l, i) => (HEADER.test(l) ? [{ line: i + 1, match: HEADER.exec(l) }] : [])));
    }
    return cache.get(file);
  };
  process.stdout.write(
    text.replace(/file:\/\/(\S+?\.check\.ts):(\d+):(\d+)/g, (whole, file, line, col) => {
      const header = headersOf(decodeURIComponent(file)).filter((h) => h.line < Number(line)).at(-1);
      if (!header) return whole;
      const [, notebook, cell, id] = header.match;
      return `${whole} = ${notebook} cell ${cell}${id ? ` (id "${id}")` : ''}, line ${Number(line) - header.line}`;
    }),
  );
  process.exit(0);
}

const [, , input, output] = process.argv;
if (!input || !output) {
  console.error('usage: node scripts/nb2ts.mjs NOTEBOOK.ipynb OUT.ts | node scripts/nb2ts.mjs --annotate');
  process.exit(2);
}
const notebook = JSON.parse(readFileSync(input, 'utf8'));
const text = (source) => (Array.isArray(source) ? source.join('') : (source ?? ''));
const stored = [];
const parts = [];
notebook.cells.forEach((cell, index) => {
  if (cell.cell_type !== 'code') return;
  if ((cell.outputs ?? []).length > 0 || cell.execution_count != null) stored.push(index + 1);
  parts.push(`// --- ${input}, cell ${index + 1}${cell.id ? ` (id "${cell.id}")` : ''}\n${text(cell.source)}`);
});
if (stored.length > 0) {
  console.error(`${input}: cell(s) ${stored.join(', ')} have stored outputs or execution counts; commit notebooks with outputs cleared (Jupyter: Edit > Clear Outputs of All Cells)`);
  process.exit(1);
}
writeFileSync(output, `${parts.join('\n\n')}\n\nexport {};\n`);
