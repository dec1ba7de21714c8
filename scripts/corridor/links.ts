/**
 * Links of the corridor dataset, as authored. Lengths say how they are obtained (see `LengthInput`):
 * `published` figures name their source and the alternatives in `note`; `computed` ones are worked out
 * by the build script (sea-route distance over searoute/MARNET, great-circle lower bound, or published
 * sections plus great-circle gaps) and say so in `lengthNote`.
 *
 * Conventions: pipelines are `forward`; sea lanes and railways `both`. `transitCountries` list every
 * country crossed in order (from-node's first, to-node's last); seas are not countries. Barrels are
 * converted to tonnes at 7.33 bbl/t where a tariff is given per barrel.
 */
import type { LinkInput } from './types.js';
import { CASPIAN_LINKS } from './links/caspian.js';
import { EAST_LINKS } from './links/east.js';
import { WEST_LINKS } from './links/west.js';

export { BARRELS_PER_TONNE, PUBLISHED_BELOW_GREAT_CIRCLE } from './links/common.js';

/**
 * Every link of the dataset, from the regional files in `links/` (the build sorts them by id and
 * rejects a repeated id).
 */
export const LINKS: readonly LinkInput[] = [...CASPIAN_LINKS, ...EAST_LINKS, ...WEST_LINKS];
