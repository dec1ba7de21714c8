import * as z from 'zod';

/** Transport modes a link can have. */
export const MODES = ['pipeline', 'rail', 'sea', 'road'] as const;

/** A transport mode: `pipeline`, `rail`, `sea` (tanker, ferry or container ship) or `road`. */
export type Mode = (typeof MODES)[number];

/** zod schema of {@link Mode}. */
export const modeSchema = z.enum(MODES);
