import * as z from 'zod';

/** Every {@link NodeKind}, in this order (e.g. for building a legend or a select list). */
export const NODE_KINDS = [
  'seaport',
  'oil-terminal',
  'rail-hub',
  'border-crossing',
  'oil-field',
  'gas-field',
  'pipeline-junction',
  'city',
  'chokepoint',
  'market',
] as const;

/**
 * What a node is: `seaport`, `oil-terminal`, `rail-hub`, `border-crossing`, `oil-field`, `gas-field`,
 * `pipeline-junction`, `city`, `chokepoint` (a strait such as the Bosporus) or `market` (an
 * end-use destination such as a refinery region).
 */
export type NodeKind = (typeof NODE_KINDS)[number];

/** zod schema of {@link NodeKind}. */
export const nodeKindSchema = z.enum(NODE_KINDS);
