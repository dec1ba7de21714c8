import type { z } from 'zod';
import { type DatasetIssue, formatIssuePath } from '../errors.js';

/** Appends zod issues as {@link DatasetIssue}s under `base`, naming the offending `id` (internal). */
export function pushZodIssues(
  issues: DatasetIssue[],
  zodIssues: readonly z.core.$ZodIssue[],
  base: readonly (string | number)[],
  id: string | undefined,
): void {
  for (const zi of flattenUnions(zodIssues)) {
    const path = [...base, ...zi.path.map((k) => (typeof k === 'symbol' ? String(k) : k))];
    const params = (zi as { params?: { transcaspianCode?: string } }).params;
    const code = params?.transcaspianCode ?? zi.code;
    issues.push(issue(code, path, id, plainMessage(zi.message)));
  }
}

/**
 * Replaces each `invalid_union` issue by the issues of the union branch the input came closest to
 * matching (fewest issues at the value's own level, then fewest issues), so that a capacity with a
 * misspelt unit reports `capacity.unit` rather than "invalid input" at `capacity`.
 */
function flattenUnions(zodIssues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const out: z.core.$ZodIssue[] = [];
  for (const zi of zodIssues) {
    if (zi.code !== 'invalid_union' || zi.errors.length === 0) {
      out.push(zi);
      continue;
    }
    const branches = zi.errors.map((branch) => flattenUnions(branch));
    const score = (branch: z.core.$ZodIssue[]) => [
      branch.filter((b) => b.path.length === 0 || b.code === 'unrecognized_keys').length,
      branch.length,
    ] as const;
    let best = branches[0]!;
    for (const branch of branches.slice(1)) {
      const [a1, a2] = score(branch);
      const [b1, b2] = score(best);
      if (a1 < b1 || (a1 === b1 && a2 < b2)) best = branch;
    }
    for (const b of best) out.push({ ...b, path: [...zi.path, ...b.path] });
  }
  return out;
}

/** Builds a {@link DatasetIssue} (internal). */
export function issue(code: string, path: readonly (string | number)[], id: string | undefined, message: string): DatasetIssue {
  const base = { code, path: [...path], pathString: formatIssuePath(path), message };
  return id === undefined ? base : { ...base, id };
}


/** zod's message in plainer words where it helps ("… received undefined" means the field is missing). */
function plainMessage(message: string): string {
  const missing = /^Invalid input: expected (\w+), received undefined$/.exec(message);
  if (missing) return `is required (expected ${missing[1]})`;
  if (/^Invalid option: expected one of /.test(message)) return message.replace('Invalid option: expected one of ', 'must be one of ');
  return message;
}
