/**
 * Registry of the sources cited by the corridor dataset, keyed by citation key: the union of the
 * registry files in `sources/`. A key defined in two files must have identical records there.
 */
import { BASE_SOURCES } from './sources/base.js';
import { CASPIAN_SOURCES } from './sources/caspian.js';
import { EAST_SOURCES } from './sources/east.js';
import { WEST_SOURCES } from './sources/west.js';
import type { Source } from './types.js';

export type { Source } from './types.js';

function merge(...registries: readonly (readonly [string, Readonly<Record<string, Source>>])[]): Readonly<Record<string, Source>> {
  const out: Record<string, Source> = {};
  const from = new Map<string, string>();
  for (const [file, registry] of registries) {
    for (const [key, source] of Object.entries(registry)) {
      const earlier = out[key];
      if (earlier !== undefined && JSON.stringify(earlier) !== JSON.stringify(source)) {
        throw new Error(`sources: key "${key}" is defined differently in sources/${from.get(key)}.ts and sources/${file}.ts`);
      }
      out[key] = source;
      from.set(key, file);
    }
  }
  return out;
}

export const SOURCES: Readonly<Record<string, Source>> = merge(
  ['base', BASE_SOURCES],
  ['caspian', CASPIAN_SOURCES],
  ['east', EAST_SOURCES],
  ['west', WEST_SOURCES],
);
