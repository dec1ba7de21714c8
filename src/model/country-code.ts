import * as z from 'zod';

/**
 * The 249 officially assigned ISO 3166-1 alpha-2 country codes.
 *
 * Source: ISO 3166 Maintenance Agency, "ISO 3166-1 alpha-2 officially assigned code elements"
 * (https://www.iso.org/iso-3166-country-codes.html), as of 2024 (no change since BQ, CW, SX and SS
 * were added in 2010–2011). Exceptionally reserved or user-assigned codes (`UK`, `EU`, `XK`, …) are
 * deliberately absent: a dataset that uses them is rejected, so analyses never mix code systems.
 */
export const ISO_3166_ALPHA2: readonly string[] = Object.freeze(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT ' +
    'BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ' +
    'ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT ' +
    'HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS ' +
    'LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI ' +
    'NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG ' +
    'SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
    'UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);

const CODE_SET: ReadonlySet<string> = new Set(ISO_3166_ALPHA2);

/** An ISO 3166-1 alpha-2 country code such as `"KZ"`, `"AZ"`, `"GE"`, `"TR"`. */
export type CountryCode = string;

/** True when `value` is one of the 249 officially assigned ISO 3166-1 alpha-2 codes (upper case). */
export function isCountryCode(value: unknown): value is CountryCode {
  return typeof value === 'string' && CODE_SET.has(value);
}

/**
 * zod schema of an ISO 3166-1 alpha-2 code. Lower case (`"kz"`), alpha-3 (`"KAZ"`) and reserved codes
 * (`"UK"`, `"XK"`) are rejected with a message naming the value.
 */
export const countryCodeSchema = z.string().superRefine((value, ctx) => {
  if (CODE_SET.has(value)) return;
  const upper = value.toUpperCase();
  const hint = CODE_SET.has(upper) ? ` (did you mean "${upper}"?)` : '';
  ctx.addIssue({
    code: 'custom',
    message: `"${value}" is not an ISO 3166-1 alpha-2 country code${hint}`,
    params: { transcaspianCode: 'invalid_country' },
  });
});

let displayNames: Intl.DisplayNames | null | undefined;

/**
 * The English short name of a country (`"GE"` → `"Georgia"`), from the runtime's Unicode CLDR data via
 * `Intl.DisplayNames`. Returns the code itself when the runtime has no name for it (no ICU data).
 */
export function countryName(code: CountryCode): string {
  if (displayNames === undefined) {
    try {
      displayNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    } catch {
      displayNames = null;
    }
  }
  return displayNames?.of(code) ?? code;
}
