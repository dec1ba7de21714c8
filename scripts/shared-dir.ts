import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The folder of public inputs the dataset is built from (`shared/` beside the checkout: GEM pipeline
 * routes, the MARNET sea lanes, the benchmark generator), or `$TRANSCASPIAN_SHARED_DIR`. Only the build
 * scripts and a few consistency tests read it; the package never does.
 */
export function sharedDir(): string {
  return process.env['TRANSCASPIAN_SHARED_DIR'] ?? fileURLToPath(new URL('../../shared', import.meta.url));
}

/** True when {@link sharedDir} exists (it does in CI; a fresh clone elsewhere may not have it). */
export function haveSharedDir(): boolean {
  return existsSync(sharedDir());
}
