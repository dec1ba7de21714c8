/**
 * transcaspian/node: helpers that need Node's file system. The core entry point (`transcaspian`)
 * never touches the file system, so it runs in browsers and Deno too.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
// Imported by the package's own name, not a relative path: the build keeps it external, so this entry
// shares the core's module instance (one set of error classes for `instanceof`).
import { DatasetValidationError, type Network, type ValidateDatasetOptions, safeParseNetwork } from 'transcaspian';

/**
 * Reads a dataset file (GeoJSON FeatureCollection, UTF-8) and parses it with `parseNetwork`.
 * Asynchronous: await the returned promise.
 *
 * @param path - path of a `.geojson`/`.json` file.
 * @param options - as for `parseNetwork` (`checkNodeCountries`, default true).
 * @returns a promise of the validated network.
 * @throws {DatasetValidationError} (as a rejection) when the file is not valid JSON (one issue at the
 *   root) or not a valid dataset (every issue listed); the message names the file.
 * @throws {InvalidOptionError} for an unknown or invalid option.
 * @throws the file system's error (e.g. `ENOENT`) when the file cannot be read.
 * @example
 * ```ts
 * import { readNetworkFile } from 'transcaspian/node';
 * const network = await readNetworkFile('my-corridor.geojson');
 * ```
 */
export async function readNetworkFile(path: string, options: ValidateDatasetOptions = {}): Promise<Network> {
  const text = await readFile(path, 'utf8');
  const context = `readNetworkFile(${JSON.stringify(path)})`;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DatasetValidationError([{ code: 'invalid_json', path: [], pathString: '(root)', message: `not valid JSON: ${(error as Error).message}` }], context);
  }
  const result = safeParseNetwork(json, options);
  if (!result.success) {
    if (!(result.error instanceof DatasetValidationError)) throw result.error;
    throw new DatasetValidationError(result.error.issues, context);
  }
  return result.network;
}
