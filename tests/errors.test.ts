import { describe, expect, it } from 'vitest';
import {
  DatasetValidationError,
  InvalidOptionError,
  TranscaspianError,
  UnknownNodeError,
  isTranscaspianError,
  loadCorridorNetwork,
  findRoutes,
} from '../src/index.js';

describe('the error family', () => {
  it('gives every error a stable code, its class name and the offending item', () => {
    const error = new UnknownNodeError('findRoutes', 'origin', 'tengis', ['tengiz']);
    expect(error).toBeInstanceOf(TranscaspianError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('UnknownNodeError');
    expect(error.code).toBe('UNKNOWN_NODE');
    expect(error.message).toBe('findRoutes: origin node "tengis" is not in the network. Did you mean "tengiz"?');
    expect(new InvalidOptionError('findRoutes', 'k', 0, 'expected an integer').message).toBe('findRoutes: option "k" 0 is invalid: expected an integer');
  });

  it('shows at most ten dataset issues in the message and keeps all of them in `issues`', () => {
    const issues = Array.from({ length: 12 }, (_, i) => ({ code: 'x', path: ['features', i], pathString: `features[${i}]`, message: `problem ${i}` }));
    const error = new DatasetValidationError(issues);
    expect(error.issues).toHaveLength(12);
    expect(error.message).toContain('12 problems');
    expect(error.message).toContain('… and 2 more');
  });

  it('recognises its errors, also from another copy of the package where instanceof fails', () => {
    let thrown: unknown;
    try {
      findRoutes(loadCorridorNetwork(), 'tengiz', 'nowhere');
    } catch (error) {
      thrown = error;
    }
    expect(isTranscaspianError(thrown)).toBe(true);
    const fromOtherCopy = Object.assign(new Error('x'), { code: 'UNKNOWN_NODE' });
    Object.defineProperty(fromOtherCopy, Symbol.for('transcaspian.error'), { value: true });
    expect(isTranscaspianError(fromOtherCopy)).toBe(true);
    expect(isTranscaspianError(new Error('x'))).toBe(false);
    expect(isTranscaspianError(null)).toBe(false);
  });
});
