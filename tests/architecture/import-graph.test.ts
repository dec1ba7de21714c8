import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The import graph of src/, read from the files (type imports included): the folder layering the
 * house style asks for, and the engine reached only through its interface.
 */
const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : name.endsWith('.ts') ? [full] : [];
  });
}

/** Every relative import of src/: [importing file, imported file], both relative to src/. */
const imports: [string, string][] = files(SRC).flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/from '(\.{1,2}\/[^']+)'/g)].map((m) => {
    const target = path.relative(SRC, path.resolve(path.dirname(file), m[1]!)).replace(/\.js$/, '.ts');
    return [path.relative(SRC, file), target] as [string, string];
  });
});

const folderOf = (file: string) => (file.includes('/') ? file.split('/')[0]! : file.replace(/\.(ts|json)$/, ''));

describe('the import graph of src/', () => {
  it('has folders that import each other without a cycle', () => {
    const edges = new Map<string, Set<string>>();
    for (const [from, to] of imports) {
      const a = folderOf(from);
      const b = folderOf(to);
      if (a !== b && !to.startsWith('..')) (edges.get(a) ?? edges.set(a, new Set()).get(a)!).add(b);
    }
    const cycles: string[] = [];
    const state = new Map<string, 1 | 2>();
    const visit = (u: string, stack: string[]) => {
      state.set(u, 1);
      for (const v of edges.get(u) ?? []) {
        if (state.get(v) === 1) cycles.push([...stack.slice(stack.indexOf(v)), u, v].join(' → '));
        else if (!state.has(v)) visit(v, [...stack, u]);
      }
      state.set(u, 2);
    };
    for (const u of edges.keys()) if (!state.has(u)) visit(u, []);
    expect(cycles).toEqual([]);
    expect(edges.get('engine')).toBeDefined(); // the check reads real imports
  });

  it('reaches the engine only through its interface (engine/index.ts) from outside it', () => {
    const offenders = imports.filter(([from, to]) => folderOf(from) !== 'engine' && to.startsWith('engine/') && to !== 'engine/index.ts');
    expect(offenders).toEqual([]);
  });

  it('keeps analyses, routing and the engine free of exports (GeoJSON, maps)', () => {
    const offenders = imports.filter(([from, to]) => ['analysis', 'routing', 'engine', 'tables', 'display'].includes(folderOf(from)) && folderOf(to) === 'export');
    expect(offenders).toEqual([]);
  });

  it('keeps the lower layers below the higher ones', () => {
    const layer: Record<string, number> = { errors: 0, internal: 1, model: 1, geo: 2, data: 3, graph: 4, results: 2, engine: 5, tables: 5, display: 6, routing: 7, analysis: 8, export: 9, node: 10, index: 10 };
    const offenders = imports.filter(([from, to]) => {
      const a = layer[folderOf(from)];
      const b = layer[folderOf(to)];
      return a !== undefined && b !== undefined && folderOf(from) !== folderOf(to) && b > a;
    });
    expect(offenders).toEqual([]);
  });
});
