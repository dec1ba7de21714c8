/**
 * transcaspian/node: helpers that need Node's file system. The core entry point (`transcaspian`)
 * never touches the file system, so it runs in browsers and Deno too.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
// Imported by the package's own name, not a relative path: the build keeps it external, so this entry
// shares the core's module instance (one set of error classes for `instanceof`).
import { DatasetValidationError, type Network, parseNetwork } from 'transcaspian';

/**
 * Reads a dataset file (GeoJSON FeatureCollection, UTF-8) and parses it with `parseNetwork`.
 *
 * @param path - path of a `.geojson`/`.json` file.
 * @returns the validated network.
 * @throws {DatasetValidationError} when the file is not valid JSON (one issue at the root naming the
 *   file) or not a valid dataset (every issue listed).
 * @throws the file system's error (e.g. `ENOENT`) when the file cannot be read.
 * @example
 * ```ts
 * import { readNetworkFile } from 'transcaspian/node';
 * const network = await readNetworkFile('my-corridor.geojson');
 * ```
 */
export async function readNetworkFile(path: string): Promise<Network> {
  const text = await readFile(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DatasetValidationError(
      [{ code: 'invalid_json', path: [], pathString: '(root)', message: `${path} is not valid JSON: ${(error as Error).message}` }],
      'readNetworkFile',
    );
  }
  return parseNetwork(json);
}
