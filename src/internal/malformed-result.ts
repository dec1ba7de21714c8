import { InvalidArgumentError, TranscaspianError } from '../errors.js';

/**
 * Runs `read`, which reads a result passed in by the caller, and turns a `TypeError` raised while
 * reading it (a field missing or of the wrong type: a result built by hand, or changed after the
 * library returned it) into an {@link InvalidArgumentError} naming the argument (internal). Results
 * are plain objects checked by their `kind`; a full schema of every result kind would cost more than
 * reading it, so the reading itself is the check. Errors of the library pass through unchanged.
 *
 * @param fn - the public function's name, for the message.
 * @param argument - the argument read, e.g. `source`, `routes`.
 * @returns what `read` returns.
 * @throws {InvalidArgumentError} when `read` throws a `TypeError`.
 */
export function readResult<T>(fn: string, argument: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof TypeError && !(error instanceof TranscaspianError)) {
      throw new InvalidArgumentError(fn, argument, `is not a well-formed result of this library (built by hand, or changed after it was returned): ${error.message}`);
    }
    throw error;
  }
}
