/**
 * Links of the corridor dataset, as authored: China, the Kazakh railways to the Caspian and the Chinese border crossings, and the Northern route through Russia, Belarus and Poland to Germany.
 * Conventions as in `../links.ts`.
 *
 * Moving times (`transitTime`) are derived from one published average speed per network, each
 * defined once below with its source and year:
 * - China: China Railway Corporation’s 1,000 km a day for China–Europe trains (2015, the only
 *   published figure found for the Chinese network);
 * - Dostyk–Moiynty: KTZ’s "up to 1,500 km a day" on the double-tracked line (2025);
 * - the rest of Kazakhstan: KTZ’s Altynkol → Aktau run, 3,128 km in three days (March 2024);
 * - Russia and Belarus (and the links across the Kazakh–Russian border): the ERAI transit time of the
 *   5,430 km broad-gauge leg, 7.31 days (July 2024), an average that includes stops at the
 *   Kazakh–Russian and Russian–Belarusian borders, where no separate dwell is recorded;
 * - Poland (and, for want of a German figure, the links on to Germany): UTK’s average commercial
 *   speed of intermodal trains, about 30 km/h (2017).
 */
import type { LinkInput, PublishedSpeed, WayPoint } from '../types.js';
import { SAKSAULSKAYA } from './common.js';

const CONTAINER_CARGO = ['containers', 'general-cargo'] as const;

const STANDARD_GAUGE = 1435;
const BROAD_GAUGE = 1520;

/** China Railway Corporation, January 2015: China–Europe trains run 1,000 km a day on every route. */
const CHINA_SPEED: PublishedSpeed = {
  kmPerDay: 1000,
  source: 'XINHUA-RU-CRC-2015',
  what: 'China–Europe container trains, "1,000 km a day on every route" (China Railway Corporation via Xinhua, January 2015; the only published average found for the Chinese network)',
};

/** KTZ at the opening of the second Dostyk–Moiynty track, September 2025. */
const DOSTYK_MOIYNTY_SPEED: PublishedSpeed = {
  kmPerDay: 1500,
  source: 'FERGANA-DE-DM',
  what: 'container trains on the double-tracked Dostyk–Moiynty line, "up to 1,500 km a day" (KTZ at the opening, September 2025; Kazinform in 2022: from 800 to 1,500 km a day): a maximum, so the time is a lower bound',
};

/** KTZ, March 2024: Altynkol → Aktau port, 3,128 km in three days. */
const KTZ_SPEED: PublishedSpeed = {
  kmPerDay: 1043,
  source: 'SEANEWS-RU-2024-03',
  what: 'KTZ container block train Altynkol → Aktau port, 3,128 km in three days (March 2024), i.e. 1,043 km a day; KTZ’s network average was 941 km a day in H1 2018 (RailFreight)',
};

/** ERAI, July 2024: the 5,430 km broad-gauge transit Dostyk/Altynkol → Brest in 7.31 days. */
const ERAI_SPEED: PublishedSpeed = {
  kmPerDay: 743,
  source: 'ERAI-PORTAL-2024',
  what: 'ERAI transit time of the 1,520 mm leg Dostyk/Altynkol → Brest, 5,430 km (UTLC ERA) in 7.31 days (15 July 2024), i.e. 743 km a day including the stops at the Kazakh–Russian and Russian–Belarusian borders',
};

/** UTK (Poland’s rail regulator), 2017: intermodal trains average about 30 km/h. */
const POLAND_SPEED: PublishedSpeed = {
  kmPerHour: 30,
  source: 'RYNEK-UTK-2018',
  what: 'intermodal trains in Poland, average commercial speed "about 30 km/h" (UTK, 2017; freight trains overall just over 25 km/h)',
};

const ARALSKOE_MORE: WayPoint = { name: 'Aralskoe More', lat: 46.8012, lon: 61.6752, from: 'GEO-OSM-KZ (station Аральское Море)' };
const KANDYAGASH: WayPoint = { name: 'Kandyagash', lat: 49.4706, lon: 57.4274, from: 'GEO-OSM-KZ (station Кандагач)' };
const KARAGANDA: WayPoint = { name: 'Karaganda', lat: 49.7931, lon: 73.0948, from: 'GEO-OSM-KZ (station Караганда)' };
const MOIYNTY: WayPoint = { name: 'Moiynty', lat: 47.2183, lon: 73.3604, from: 'GEO-OSM-KZ (station Мойынты)' };
const ASTANA: WayPoint = { name: 'Astana-1', lat: 51.1959, lon: 71.41, from: 'GEO-OSM-KZ (station Астана-1)' };

const ERAI_SOURCES = [
  { key: 'ERAI-PORTAL-2024', note: 'transit time 7.31 days for the broad-gauge leg (July 2024)' },
  { key: 'UTLC-1000TH-2018', note: 'the broad-gauge leg is 5,430 km' },
] as const;

export const EAST_LINKS: readonly LinkInput[] = [
  // ------------------------------------------------------------------------------------------ China
  {
    id: 'lianyungang-xian', name: 'Lianyungang – Xi’an (Longhai railway)', from: 'lianyungang', to: 'xian',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: { basis: 'published', km: 1083, note: 'Xi’an is at km 1083 of the Longhai railway, whose km 0 (Lianyun) is at the port of Lianyungang (Wikipedia station table; the line is 1,759 km to Lanzhou). Lianyungang city station is at km 33.' },
    transitCountries: ['CN'], status: 'operational', gaugeMm: STANDARD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: CHINA_SPEED },
    operator: 'China Railway',
    sources: [{ key: 'WIKI-LONGHAI', note: 'Xi’an km 1083; line 1,759 km, double track' }, { key: 'RAILWAYPRO-LYG', note: 'Lianyungang, eastern end of the Longhai railway; KTZ trains to Almaty via Khorgos' }, 'XINHUA-RU-CRC-2015'],
  },
  {
    id: 'chongqing-xian', name: 'Chongqing – Xi’an railway (via Ankang)', from: 'chongqing', to: 'xian',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'The Chongqing–Duisburg trains run Chongqing–Xi’an–Lanzhou–Ürümqi–Alashankou (Chinese consulate, 2010; China Daily, 2013); the rail distance Chongqing–Xi’an is not published in the sources.' },
    transitCountries: ['CN'], status: 'operational', gaugeMm: STANDARD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: CHINA_SPEED },
    operator: 'China Railway',
    sources: [{ key: 'CONSULATE-CQ-2010', note: 'route Chongqing–Xi’an–Lanzhou–Ürümqi–Alashankou' }, { key: 'CHINADAILY-CQ-2013', note: 'route via Xi’an, Lanzhou, Ürümqi' }, 'XINHUA-RU-CRC-2015'],
  },
  {
    id: 'xian-urumqi', name: 'Xi’an – Lanzhou – Ürümqi (Longhai and Lanzhou–Xinjiang railways)', from: 'xian', to: 'urumqi',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: { basis: 'computed', method: 'arithmetic', km: 2580, note: 'Xi’an (km 1083) to Lanzhou (km 1759) on the Longhai railway = 676 km (Wikipedia station table), plus the Lanzhou–Xinjiang railway, Lanzhou–Ürümqi, 1,904 km (Wikipedia) = 2,580 km.' },
    transitCountries: ['CN'], status: 'operational', gaugeMm: STANDARD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: CHINA_SPEED },
    operator: 'China Railway',
    sources: [{ key: 'WIKI-LONGHAI', note: 'Xi’an km 1083, Lanzhou km 1759' }, { key: 'WIKI-LANXIN', note: 'Lanzhou–Ürümqi 1,904 km, double track' }, { key: 'CONSULATE-CQ-2010', note: 'China–Europe trains run via Xi’an and Lanzhou' }, 'XINHUA-RU-CRC-2015'],
  },
  {
    id: 'urumqi-alashankou', name: 'Ürümqi – Alashankou (Northern Xinjiang railway)', from: 'urumqi', to: 'alashankou',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: { basis: 'published', km: 460, note: '460 km, the Northern Xinjiang railway Ürümqi–Alashankou (Wikipedia).' },
    transitCountries: ['CN'], status: 'operational', gaugeMm: STANDARD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: CHINA_SPEED },
    operator: 'China Railway', startYear: 1990,
    sources: [{ key: 'WIKI-BEIJIANG', note: '460 km; opened 1990–1992' }, { key: 'XINHUA-ALASHANKOU-2025-09', note: 'Jinghe–Alashankou double-tracked in 2024' }, 'XINHUA-RU-CRC-2015'],
    notes: 'A second Ürümqi–Jinghe line (381.5 km, 2009) runs beside the first part; the Jinghe–Alashankou section was double-tracked in 2024 (Xinhua).',
  },
  {
    id: 'urumqi-khorgos', name: 'Ürümqi – Jinghe – Yining – Khorgos railway', from: 'urumqi', to: 'khorgos',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: { basis: 'computed', method: 'arithmetic', km: 667.5, note: 'Second Ürümqi–Jinghe line 381.5 km plus the Jinghe–Yining–Khorgos line 286 km (both Xinhua via China.org.cn, November 2009; Wikipedia also gives 286 km) = 667.5 km.' },
    transitCountries: ['CN'], status: 'operational', gaugeMm: STANDARD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: CHINA_SPEED },
    operator: 'China Railway', startYear: 2009,
    sources: [{ key: 'CHINAGATE-XJ-2009', note: 'Jinghe–Horgos 286 km and Ürümqi–Jinghe 381.5 km' }, { key: 'WIKI-KHORGAS', note: 'rail border crossing at Khorgos since December 2012' }, 'XINHUA-RU-CRC-2015'],
  },
  {
    id: 'alashankou-dostyk', name: 'Alashankou – Dostyk rail border crossing', from: 'alashankou', to: 'dostyk',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'The two border stations face each other across the border; the rail distance between them is not published.' },
    transitCountries: ['CN', 'KZ'], status: 'operational', gaugeMm: STANDARD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: CHINA_SPEED, note: 'Westbound trains run on standard gauge into Dostyk, where they are reloaded (the gauge change is charged there).' },
    capacity: { value: 20, unit: 'Mt/yr', year: 2016, note: 'Capacity of the Alashankou–Dostyk passage, 20 Mt a year (Xinhua via Silkroadnews, 2016). All Kazakh–Chinese rail crossings together: 28 Mt/yr in 2023, 48 Mt/yr planned with the Bakhty–Ayagoz line (Zawya/Kazinform); KTZ and China Railway agreed to raise Dostyk–Alashankou capacity by 2026 (no figure published).' },
    operator: 'China Railway; Kazakhstan Temir Zholy (KTZ)',
    sources: [
      { key: 'C-ALASHANKOU', note: 'Dostyk–Alashankou was the only Kazakh–Chinese rail link until 2013' },
      { key: 'OCEANSKY-ALTYNKOL', note: 'over 156 Mt through Dostyk–Alashankou since 1991' },
      { key: 'RAILFREIGHT-2018', note: 'Dostyk 760 TEU a day (2018)' },
      { key: 'KTZ-ALTYNKOL-2023', note: '16.2 Mt through both crossings in seven months of 2023' },
      { key: 'WB-2023', note: 'China–Kazakhstan by rail via Dostyk or Khorgos/Altynkol' },
      'C-DOSTYK',
      { key: 'SILKROADNEWS-2016', note: 'capacity 20 Mt a year' },
      { key: 'ZAWYA-BAKHTY', note: 'all Kazakh–Chinese crossings 28 Mt a year (2023)' },
      'XINHUA-RU-CRC-2015',
    ],
    notes: 'Break of gauge (1,435/1,520 mm). Connected in 1990 (Wikipedia, Aktogay); operation since 1991 (Oceansky).',
  },
  {
    id: 'khorgos-altynkol', name: 'Khorgos – Altynkol rail border crossing', from: 'khorgos', to: 'altynkol',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'The rail distance between the two border stations is not published.' },
    transitCountries: ['CN', 'KZ'], status: 'operational', gaugeMm: STANDARD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: CHINA_SPEED, note: 'Westbound trains run on standard gauge into the Altynkol dry port, where containers are reloaded (the gauge change is charged there).' },
    capacity: { value: 15, unit: 'Mt/yr', note: '"Expected to handle up to 15 million tons of freight per year initially, ... 30 million tons per year in the long run" (Wikipedia); Oceansky forecast 10 Mt (2015) and 15 Mt (2020). A design figure; the terminal’s capacity was raised from 9–10 to 19–20 trains a day in 2022 (RailFreight).' },
    operator: 'China Railway; Kazakhstan Temir Zholy (KTZ)', startYear: 2012,
    sources: [
      { key: 'WIKI-KHORGAS', note: 'first regular trains 22 December 2012; up to 15 Mt/yr initially' },
      { key: 'OCEANSKY-ALTYNKOL', note: 'opening of the Altynkol–Khorgos crossing; forecast 10 Mt (2015), 15 Mt (2020)' },
      { key: 'KTZ-ALTYNKOL-2023', note: 'over 7 Mt in seven months of 2023' },
      { key: 'RAILFREIGHT-2018', note: 'Altynkol over 5,000 TEU a day (2018)' },
      'ASTANATIMES-KHORGOS',
      { key: 'RAILFREIGHT-KHORGOS-2022', note: 'from 9–10 to 19–20 trains a day' },
      'XINHUA-RU-CRC-2015',
    ],
  },

  // ------------------------------------------------------------------------------------------ Kazakhstan: east
  {
    id: 'altynkol-zhetygen', name: 'Altynkol – Zhetygen railway', from: 'altynkol', to: 'zhetygen',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: { basis: 'published', km: 293, note: '293 km (Oceansky; Wikipedia, Khorgas).' },
    transitCountries: ['KZ'], status: 'operational', gaugeMm: BROAD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: KTZ_SPEED },
    operator: 'Kazakhstan Temir Zholy (KTZ)', startYear: 2012,
    sources: [{ key: 'OCEANSKY-ALTYNKOL', note: 'Zhetygen–Altynkol 293 km, 5 stations' }, { key: 'WIKI-KHORGAS', note: '293 km, completed December 2011, border link December 2012' }, 'SEANEWS-RU-2024-03'],
  },
  {
    id: 'zhetygen-aktogay', name: 'Zhetygen – Aktogay (Turkestan–Siberia railway)', from: 'zhetygen', to: 'aktogay',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'Section of the Turkestan–Siberia railway; its length is not in the sources.' },
    transitCountries: ['KZ'], status: 'operational', gaugeMm: BROAD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: KTZ_SPEED },
    operator: 'Kazakhstan Temir Zholy (KTZ)',
    sources: [{ key: 'WIKI-AKTOGAY', note: 'Aktogay on the Turkestan–Siberia main line; Zhetigen–Khorgos line opened 2012' }, 'GEO-OSM-KZ', 'SEANEWS-RU-2024-03'],
    notes: 'One rail path from the Altynkol crossing towards central Kazakhstan and Russia (the sources do not say which lines trains from Altynkol use).',
  },
  {
    id: 'dostyk-aktogay', name: 'Dostyk – Aktogay (section of the Dostyk–Moiynty line)', from: 'dostyk', to: 'aktogay',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: { basis: 'published', km: 304, note: '304 km, the Aktogay–Dostyk railway (Kazakh Wikipedia), part of the 836 km Dostyk–Moiynty line.' },
    transitCountries: ['KZ'], status: 'operational', gaugeMm: BROAD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: DOSTYK_MOIYNTY_SPEED },
    operator: 'Kazakhstan Temir Zholy (KTZ)',
    sources: [
      { key: 'WIKI-AKTOGAY-DOSTYK-KK', note: '304 km; opened 1990s' },
      { key: 'KTZ-DOSTYK', note: 'Dostyk–Moiynty 836 km; capacity ×5 after the second track' },
      { key: 'QAZINFORM-DOSTYK', note: 'second track launched 30 September 2025; from 12 to 60 train pairs a day' },
      { key: 'FERGANA-DE-DM', note: 'container trains up to 1,500 km a day on the double-tracked line; 12 → 60 train pairs a day' },
      { key: 'INFORM-TLEPOV', note: 'speed to rise from 800 to 1,500 km a day (2022)' },
    ],
    notes: 'Eastern part of the 836 km Dostyk–Moiynty line (with aktogay-moiynty), double-tracked since 30 September 2025: capacity up fivefold, from 12 to 60 train pairs a day (no tonnage capacity is published). At Aktogay traffic can turn south towards Almaty (the Xi’an–Almaty trains of 2013 ran this way: 3,866 km).',
  },
  {
    id: 'aktogay-moiynty', name: 'Aktogay – Moiynty (section of the Dostyk–Moiynty line)', from: 'aktogay', to: 'moiynty',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: { basis: 'computed', method: 'arithmetic', km: 532, note: 'Dostyk–Moiynty 836 km (KTZ) less Aktogay–Dostyk 304 km (Kazakh Wikipedia) = 532 km, via Sayak and Balkhash.' },
    transitCountries: ['KZ'], status: 'operational', gaugeMm: BROAD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: DOSTYK_MOIYNTY_SPEED },
    operator: 'Kazakhstan Temir Zholy (KTZ)',
    sources: [{ key: 'WIKI-AKTOGAY', note: 'Dostyk–Aktogay–Sayak–Balkhash–Moiynty' }, { key: 'KTZ-DOSTYK', note: 'Dostyk–Moiynty 836 km' }, { key: 'WIKI-AKTOGAY-DOSTYK-KK', note: 'Aktogay–Dostyk 304 km' }, 'MASSAGET-DOSTYK', { key: 'FERGANA-DE-DM', note: 'container trains up to 1,500 km a day on the double-tracked line' }],
    notes: 'Western part of the 836 km Dostyk–Moiynty line (with dostyk-aktogay), double-tracked since 30 September 2025 (12 → 60 train pairs a day); traffic from Altynkol joins it at Aktogay.',
  },
  {
    id: 'moiynty-zhezkazgan', name: 'Moiynty – Zharyk – Zhezkazgan railway', from: 'moiynty', to: 'zhezkazgan',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'The existing route runs Moiynty–Zharyk–Zhezkazgan (Massaget); its length is not in the sources. A direct Kyzylzhar–Moiynty line (323 km, rail-news.kz; 329 km, Samruk-Kazyna via Trend) is under construction for completion by December 2026.' },
    transitCountries: ['KZ'], status: 'operational', gaugeMm: BROAD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: KTZ_SPEED },
    operator: 'Kazakhstan Temir Zholy (KTZ)',
    sources: [
      { key: 'MASSAGET-DOSTYK', note: 'corridor Dostyk–Aktogay–Moiynty–Zharyk–Zhezkazgan–Sekseuil' },
      { key: 'RAILNEWS-KYZYLZHAR-2025', note: 'Kyzylzhar–Moiynty, 323 km, to be completed by December 2026' },
      { key: 'TREND-KTZ-2025', note: 'Kyzylzhar–Moiynty 329 km (2025–2026)' },
      'GEO-OSM-KZ',
      'SEANEWS-RU-2024-03',
    ],
  },
  {
    id: 'zhezkazgan-saksaulskaya', name: 'Zhezkazgan – Saksaulskaya (new line, 2014)', from: 'zhezkazgan', to: 'saksaulskaya',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: {
      basis: 'computed', method: 'arithmetic', km: 525,
      note: 'Share of the 988 km published for the Zhezkazgan–Beineu railway (UIC/KTZ), which we read as the length of its two new sections, Zhezkazgan–Saksaulskaya and Shalkar–Beineu (the 2014 opening was held at those four stations, TURKPA; between Saksaulskaya and Shalkar trains use the existing Trans-Aral line). No split is published, so 988 km is shared in proportion to the great-circle distances of the two sections (497.6 km and 438.5 km between the OpenStreetMap stations): 988 × 497.6 / 936.1 = 525 km here, 463 km for shalkar-beyneu; the two add up to the published 988 km.',
    },
    transitCountries: ['KZ'], status: 'operational', gaugeMm: BROAD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: KTZ_SPEED },
    operator: 'Kazakhstan Temir Zholy (KTZ)', startYear: 2014,
    sources: [
      { key: 'UIC-KTZ-2014', note: 'Zhezkazgan–Beyneu 988 km; 8.2 Mt expected at launch (2.3 Mt transit), up to 20 Mt' },
      { key: 'TURKPA-2014', note: 'commissioned 22 August 2014; ceremony at Beyneu, Shalkar, Saksaulskaya and Zhezkazgan' },
      { key: 'GEO-OSM-KZ', note: 'stations Джезказган 47.7775, 67.6917 and Сексеул 47.0841, 61.1547' },
      'SEANEWS-RU-2024-03',
    ],
    notes: '8.2 Mt of freight expected on Zhezkazgan–Saksaulskaya–Shalkar–Beineu at launch (2.3 Mt of it transit), up to 20 Mt later (UIC). It shortens the route from central Kazakhstan to the Caspian.',
  },
  {
    id: 'saksaulskaya-shalkar', name: 'Saksaulskaya – Shalkar (Trans-Aral railway)', from: 'saksaulskaya', to: 'shalkar',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'The section’s length is not published. The Trans-Aral chainage puts Shalkar at km 826 and Aralskoe More at km 1043 (German Wikipedia), with Saksaulskaya between them 50.5 km (great circle) from Aralskoe More, so the section is at most 217 − 50.5 = 166.5 km and at least its great-circle distance, 142.2 km.' },
    transitCountries: ['KZ'], status: 'operational', gaugeMm: BROAD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: KTZ_SPEED },
    operator: 'Kazakhstan Temir Zholy (KTZ)',
    sources: [{ key: 'WIKI-TRANSARAL-DE', note: 'Shalkar km 826, Saksaulskaya between Karashokat and Aralskoe More (km 1043)' }, { key: 'GEO-OSM-KZ', note: 'stations Сексеул, Шалкар, Аральское Море' }, 'TURKPA-2014', 'SEANEWS-RU-2024-03'],
    notes: 'Shared by the Zhezkazgan–Beineu route to the Caspian and the Trans-Aral route to Aktobe and Russia.',
  },
  {
    id: 'shalkar-beyneu', name: 'Shalkar – Beineu (new line, 2014)', from: 'shalkar', to: 'beyneu',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: {
      basis: 'computed', method: 'arithmetic', km: 463,
      note: 'Share of the 988 km published for the Zhezkazgan–Beineu railway (UIC/KTZ), read as its two new sections Zhezkazgan–Saksaulskaya and Shalkar–Beineu; no split is published, so 988 km is shared in proportion to the sections’ great-circle distances (497.6 km and 438.5 km): 988 × 438.5 / 936.1 = 463 km here, 525 km for zhezkazgan-saksaulskaya.',
    },
    transitCountries: ['KZ'], status: 'operational', gaugeMm: BROAD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: KTZ_SPEED },
    operator: 'Kazakhstan Temir Zholy (KTZ)', startYear: 2014,
    sources: [
      { key: 'UIC-KTZ-2014', note: 'Zhezkazgan–Beyneu 988 km' },
      { key: 'TURKPA-2014', note: 'commissioned 22 August 2014; ceremony at Beyneu, Shalkar, Saksaulskaya and Zhezkazgan' },
      { key: 'GEO-OSM-KZ', note: 'stations Шалкар 47.8341, 59.622 and Бейнеу 45.3221, 55.1966' },
      'SEANEWS-RU-2024-03',
    ],
  },
  {
    id: 'beyneu-aktau', name: 'Beineu – Mangistau (Aktau) railway', from: 'beyneu', to: 'aktau',
    mode: 'rail', commodities: [...CONTAINER_CARGO, 'crude-oil'], direction: 'both',
    length: { basis: 'published', km: 404, note: '404 km, the Beineu–Mangistau section (AZERTAC via Xalq qəzeti). Mangistau station (OpenStreetMap 43.697, 51.309) is about 14 km from the Aktau node, so the distance to the port itself is somewhat longer.' },
    transitCountries: ['KZ'], status: 'operational', gaugeMm: BROAD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: KTZ_SPEED },
    operator: 'Kazakhstan Temir Zholy (KTZ)',
    sources: [
      { key: 'XALQ-BEINEU', note: 'Beineu – Mangistau 404 km, modernised' },
      { key: 'GEO-OSM-KZ', note: 'stations Мангистау 43.697, 51.309 and Актау-Порт 43.5996, 51.2226' },
      { key: 'ZONEBOURSE-INPEX-2023', note: 'Kashagan crude brought to Aktau by rail' },
      'SEANEWS-RU-2024-03',
    ],
  },
  {
    id: 'beyneu-kuryk', name: 'Beineu – Kuryk port railway (via Ersai)', from: 'beyneu', to: 'kuryk',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'Via the Beineu–Zhanaozen line and the Borzhakty–Ersai line, with a 13 km Ersai–Kuryk port approach (Oreanda); the through length is not published.' },
    transitCountries: ['KZ'], status: 'operational', gaugeMm: BROAD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: KTZ_SPEED },
    operator: 'Kazakhstan Temir Zholy (KTZ)', startYear: 2016,
    sources: [{ key: 'OREANDA-KURYK', note: 'Ersai–Kuryk approach 13 km' }, 'INFORM-KURYK-2016', { key: 'GEO-OSM-KZ', note: 'station Ерсай 43.1953, 51.5832' }, 'SEANEWS-RU-2024-03'],
  },

  // ------------------------------------------------------------------------------------------ Kazakhstan: southern line
  {
    id: 'zhetygen-almaty', name: 'Zhetygen – Almaty-1 (Turkestan–Siberia railway)', from: 'zhetygen', to: 'almaty',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'Section of the Turkestan–Siberia railway; its length is not in the sources.' },
    transitCountries: ['KZ'], status: 'operational', gaugeMm: BROAD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: KTZ_SPEED },
    operator: 'Kazakhstan Temir Zholy (KTZ)',
    sources: [{ key: 'WIKI-AKTOGAY', note: 'Turkestan–Siberia main line' }, { key: 'GEO-OSM-KZ', note: 'stations Жетыген and Алма-Ата-1' }, { key: 'WB-10ACTIONS', note: 'freight trains pass Almaty city centre' }, 'SEANEWS-RU-2024-03'],
    notes: 'A ~130 km Almaty bypass is planned to take freight out of the city (World Bank; Kazinform).',
  },
  {
    id: 'almaty-shu', name: 'Almaty-1 – Shu (Turkestan–Siberia railway)', from: 'almaty', to: 'shu',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'Section of the Turkestan–Siberia railway via Otar; its length is not in the sources.' },
    transitCountries: ['KZ'], status: 'operational', gaugeMm: BROAD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: KTZ_SPEED },
    operator: 'Kazakhstan Temir Zholy (KTZ)',
    sources: [{ key: 'GEO-OSM-KZ', note: 'stations Алма-Ата-1 and Шу' }, { key: 'KTZ-SHU-2025', note: 'Shu, a junction requiring a change of locomotive' }, 'SEANEWS-RU-2024-03'],
  },
  {
    id: 'shu-arys', name: 'Shu – Taraz – Shymkent – Arys (Turkestan–Siberia railway)', from: 'shu', to: 'arys',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'Section of the Turkestan–Siberia railway via Taraz and Shymkent; its length is not in the sources.' },
    transitCountries: ['KZ'], status: 'operational', gaugeMm: BROAD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: KTZ_SPEED },
    operator: 'Kazakhstan Temir Zholy (KTZ)',
    sources: [{ key: 'GEO-OSM-KZ', note: 'stations Шу and Арыс 1' }, 'SEANEWS-RU-2024-03'],
  },
  {
    id: 'arys-kyzylorda', name: 'Arys – Turkistan – Kyzylorda (Trans-Aral railway)', from: 'arys', to: 'kyzylorda',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'Section of the Trans-Aral railway; the chainage found stops at Kyzylorda (km 1492 from Orenburg), so this section’s length is not in the sources.' },
    transitCountries: ['KZ'], status: 'operational', gaugeMm: BROAD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: KTZ_SPEED },
    operator: 'Kazakhstan Temir Zholy (KTZ)',
    sources: [{ key: 'WIKI-TRANSARAL-DE', note: 'line Orenburg–Kyzylorda–Arys–Tashkent' }, { key: 'GEO-OSM-KZ', note: 'stations Арыс 1 and Кызылорда' }, 'SEANEWS-RU-2024-03'],
  },
  {
    id: 'kyzylorda-saksaulskaya', name: 'Kyzylorda – Aralsk – Saksaulskaya (Trans-Aral railway)', from: 'kyzylorda', to: 'saksaulskaya',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: {
      basis: 'computed', method: 'parts',
      parts: [
        { kind: 'published', label: 'Kyzylorda (km 1492) – Aralskoe More (km 1043) on the Trans-Aral chainage from Orenburg', km: 449, source: 'WIKI-TRANSARAL-DE' },
        { kind: 'great-circle', label: 'Aralskoe More – Saksaulskaya', start: ARALSKOE_MORE, end: SAKSAULSKAYA },
      ],
      note: 'The chainage gives no kilometre for Saksaulskaya itself, the next station beyond Aralskoe More.',
    },
    transitCountries: ['KZ'], status: 'operational', gaugeMm: BROAD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: KTZ_SPEED },
    operator: 'Kazakhstan Temir Zholy (KTZ)',
    sources: [{ key: 'WIKI-TRANSARAL-DE', note: 'Aralskoe More km 1043, Kyzylorda km 1492' }, { key: 'GEO-OSM-KZ', note: 'stations Аральское Море 46.8012, 61.6752 and Сексеул 47.0841, 61.1547' }, 'SEANEWS-RU-2024-03'],
  },

  // ------------------------------------------------------------------------------------------ Northern route: Kazakhstan to Russia
  {
    id: 'moiynty-astana', name: 'Moiynty – Karaganda – Astana railway', from: 'moiynty', to: 'astana',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: {
      basis: 'computed', method: 'parts',
      parts: [
        { kind: 'great-circle', label: 'Moiynty – Karaganda', start: MOIYNTY, end: KARAGANDA },
        { kind: 'great-circle', label: 'Karaganda – Astana', start: KARAGANDA, end: ASTANA },
      ],
      note: 'The line runs via Karaganda; no section length is published in the sources.',
    },
    transitCountries: ['KZ'], status: 'operational', gaugeMm: BROAD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: KTZ_SPEED },
    operator: 'Kazakhstan Temir Zholy (KTZ)',
    sources: [{ key: 'OENB-2018', note: 'Northern-route branch via Astana' }, { key: 'GEO-OSM-KZ', note: 'stations Мойынты, Караганда 49.7931, 73.0948, Астана-1' }, 'SEANEWS-RU-2024-03'],
  },
  {
    id: 'astana-petropavlovsk', name: 'Astana – Kokshetau – Petropavlovsk railway', from: 'astana', to: 'petropavlovsk',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'The line’s length is not in the sources.' },
    transitCountries: ['KZ'], status: 'operational', gaugeMm: BROAD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: KTZ_SPEED },
    operator: 'Kazakhstan Temir Zholy (KTZ)',
    sources: [{ key: 'OENB-2018', note: 'Northern-route branch via Astana' }, { key: 'GEO-OSM-KZ', note: 'stations Астана-1 and Петропавловск' }, 'SEANEWS-RU-2024-03'],
  },
  {
    id: 'petropavlovsk-moscow', name: 'Petropavlovsk – Kurgan – Samara – Moscow (Trans-Siberian main line)', from: 'petropavlovsk', to: 'moscow',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'The rail distance Petropavlovsk–Moscow is not published in the sources. It is probably an underestimate: OpenStreetMap halts on the line just east of Petropavlovsk are named by kilometre posts 2612 and 2632, which suggests about 2,600 km by rail from Moscow (via Chelyabinsk and Samara), some 15 % more than this estimate.' },
    transitCountries: ['KZ', 'RU'], status: 'operational', gaugeMm: BROAD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: ERAI_SPEED },
    operator: 'Kazakhstan Temir Zholy (KTZ); Russian Railways (RZD)',
    sources: [{ key: 'OENB-2018', note: 'routes from the Chinese border reunite in Moscow' }, { key: 'GEO-OSM-KZ', note: 'halts "2612 км" 54.8588, 68.9751 and "2632 км" 54.857, 69.2617' }, ...ERAI_SOURCES, 'TREND-RZD-2024'],
    notes: 'Crosses the Kazakh–Russian border west of Petropavlovsk; no border time is published (the ERAI speed used for the moving time includes border stops).',
  },
  {
    id: 'shalkar-aktobe', name: 'Shalkar – Kandyagash – Aktobe (Trans-Aral railway)', from: 'shalkar', to: 'aktobe',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: {
      basis: 'computed', method: 'parts',
      parts: [
        { kind: 'published', label: 'Shalkar (km 826) – Kandyagash (km 553) on the Trans-Aral chainage from Orenburg', km: 273, source: 'WIKI-TRANSARAL-DE' },
        { kind: 'great-circle', label: 'Kandyagash – Aktobe', start: KANDYAGASH, end: { name: 'Aktobe-1', lat: 50.2808, lon: 57.2142, from: 'GEO-OSM-KZ (station Актобе-1)' } },
      ],
      note: 'The chainage runs Orenburg–Orsk–Kandyagash; Aktobe is on the other line from Kandyagash to Iletsk and Orenburg.',
    },
    transitCountries: ['KZ'], status: 'operational', gaugeMm: BROAD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: KTZ_SPEED },
    operator: 'Kazakhstan Temir Zholy (KTZ)',
    sources: [{ key: 'WIKI-TRANSARAL-DE', note: 'Qandyaghash km 553, Shalkar km 826' }, { key: 'MASSAGET-DOSTYK', note: 'corridor …–Sekseuil–Kandyagash–Aktobe–Iletsk' }, { key: 'GEO-OSM-KZ', note: 'stations Кандагач 49.4706, 57.4274 and Актобе-1' }, 'SEANEWS-RU-2024-03'],
    notes: 'With kyzylorda-saksaulskaya and saksaulskaya-shalkar, the Kyzylorda–Aktobe line named in the brief (a single Kyzylorda–Aktobe link would have run twice through Saksaulskaya and Shalkar).',
  },
  {
    id: 'aktobe-iletsk', name: 'Aktobe – Iletsk (Kazakh–Russian border)', from: 'aktobe', to: 'iletsk',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'The line’s length is not in the sources.' },
    transitCountries: ['KZ', 'RU'], status: 'operational', gaugeMm: BROAD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: ERAI_SPEED },
    operator: 'Kazakhstan Temir Zholy (KTZ); Russian Railways (RZD)',
    sources: [{ key: 'WIKI-TRANSARAL-DE', note: 'line Iletsk–Kandyagash' }, { key: 'MASSAGET-DOSTYK', note: 'corridor …–Aktobe–Iletsk' }, ...ERAI_SOURCES],
    notes: 'The alternative exit from Kazakhstan to Russia (Orenburg). No border time is published (the ERAI speed used for the moving time includes border stops).',
  },
  {
    id: 'iletsk-moscow', name: 'Iletsk – Orenburg – Samara – Moscow', from: 'iletsk', to: 'moscow',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'The rail distance is not published in the sources.' },
    transitCountries: ['RU'], status: 'operational', gaugeMm: BROAD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: ERAI_SPEED },
    operator: 'Russian Railways (RZD)',
    sources: [{ key: 'OENB-2018', note: 'routes reunite in Moscow' }, ...ERAI_SOURCES],
  },

  // ------------------------------------------------------------------------------------------ Russia – Belarus – Poland
  {
    id: 'moscow-minsk', name: 'Moscow – Smolensk – Orsha – Minsk (Moscow–Brest railway)', from: 'moscow', to: 'minsk',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: { basis: 'computed', method: 'arithmetic', km: 753, note: 'The Moscow–Brest railway is "about 1,100 km" (Wikipedia) and its Minsk–Brest part 347 km (Japanese Wikipedia): 1,100 − 347 = 753 km, as approximate as the 1,100 km.' },
    transitCountries: ['RU', 'BY'], status: 'operational', gaugeMm: BROAD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: ERAI_SPEED },
    operator: 'Russian Railways (RZD); Belarusian Railway (BCh)',
    sources: [{ key: 'WIKI-MOSCOW-BREST', note: 'about 1,100 km Moscow–Brest' }, { key: 'WIKI-MINSK-BREST-JA', note: 'Minsk–Brest 347 km' }, ...ERAI_SOURCES],
    notes: 'Belarusian transit from the Russian border at Krasnoye to Brest took "less than 12 hours" (Belarusian Railway, 2015), an alternative to the ERAI average used here.',
  },
  {
    id: 'minsk-brest', name: 'Minsk – Baranovichi – Brest railway', from: 'minsk', to: 'brest',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: { basis: 'published', km: 347, note: '347 km Minsk Central–Brest Central (Japanese Wikipedia, Minsk–Brest railway); part of the "about 1,100 km" Moscow–Brest railway.' },
    transitCountries: ['BY'], status: 'operational', gaugeMm: BROAD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: ERAI_SPEED },
    operator: 'Belarusian Railway (BCh)',
    sources: [{ key: 'WIKI-MINSK-BREST-JA', note: '347 km, double track, electrified' }, 'WIKI-MOSCOW-BREST', { key: 'CFTS-BY-2015', note: 'Krasnoye–Brest in less than 12 hours (2015)' }, ...ERAI_SOURCES],
  },
  {
    id: 'brest-malaszewicze', name: 'Brest – Terespol – Małaszewicze (broad-gauge border link)', from: 'brest', to: 'malaszewicze',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'Małaszewicze lies 9 km from the border (Polish Wikipedia); the rail distance from Brest is not published.' },
    transitCountries: ['BY', 'PL'], status: 'operational', gaugeMm: BROAD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: ERAI_SPEED, note: 'Broad-gauge trains run into the Małaszewicze yards, where containers are reloaded onto standard-gauge wagons (the gauge change and the border queue are charged there).' },
    operator: 'Belarusian Railway (BCh); PKP PLK / CARGOTOR',
    sources: [
      { key: 'C-MALASZ', note: '9 km from the border' },
      { key: 'RAILTECH-2018', note: 'the Małaszewicze–Brest crossing is the main bottleneck' },
      { key: 'RAILTARGET-2021', note: 'record 16.5 broad-gauge train pairs a day (29 August 2021)' },
      { key: 'KRESY-CARGOTOR-2021', note: '16 broad-gauge paths a day from 12 December 2021' },
      { key: 'TRASPORTOEUROPA-2025', note: 'closed 12–25 September 2025' },
      ...ERAI_SOURCES,
    ],
    notes: 'Closed by Poland from 12 to 25 September 2025 (13 days; more than 130 trains waited at Brest). Broad-gauge capacity is published in train pairs a day (16, 2021; target 55 after modernisation), not in a unit of the dataset, so none is recorded.',
  },
  {
    id: 'malaszewicze-warsaw', name: 'Małaszewicze – Siedlce – Warsaw (line No. 2)', from: 'malaszewicze', to: 'warsaw',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: { basis: 'published', km: 214, note: 'Line No. 2 Warsaw–Terespol is 214.227 km (Polot.net, PKP data); Małaszewicze lies on it about 9 km short of the border at Terespol, so this is the length to Terespol, an upper bound by some 10 km: the chainage of Małaszewicze station is not in the sources.' },
    transitCountries: ['PL'], status: 'operational', gaugeMm: STANDARD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: POLAND_SPEED },
    operator: 'PKP PLK (infrastructure)',
    sources: [{ key: 'POLOT-MAL-2022', note: 'line No. 2 Warsaw–Terespol 214.227 km; freight up to 120 km/h' }, { key: 'INDEX1520-MAL-2022', note: '750 m trains after the Biała Podlaska/Małaszewicze track works' }, 'RYNEK-UTK-2018'],
  },
  {
    id: 'warsaw-lodz', name: 'Warsaw – Łódź', from: 'warsaw', to: 'lodz',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'The rail distance is not published in the sources.' },
    transitCountries: ['PL'], status: 'operational', gaugeMm: STANDARD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: POLAND_SPEED },
    operator: 'PKP PLK (infrastructure)',
    sources: [{ key: 'GEO-GN15K', note: 'city points of Warsaw and Łódź' }, 'RYNEK-UTK-2018'],
  },
  {
    id: 'lodz-duisburg', name: 'Łódź – Poznań – Berlin – Duisburg', from: 'lodz', to: 'duisburg',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'The rail distance is not published in the sources.' },
    transitCountries: ['PL', 'DE'], status: 'operational', gaugeMm: STANDARD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: POLAND_SPEED, note: 'About two thirds of the line is in Germany, for which no published average speed of container trains was found; the Polish figure is applied throughout. A 2012 pilot train reached Duisburg-Rheinhausen "within 25 hours" of its reloading at Małaszewicze (Namiary), faster than this estimate.' },
    operator: 'PKP PLK; DB InfraGO (infrastructure)',
    sources: [{ key: 'GEO-GN15K', note: 'city points of Łódź and Duisburg' }, 'RYNEK-UTK-2018', { key: 'NAMIARY-2012', note: 'Małaszewicze → Duisburg-Rheinhausen within 25 h of reloading (2012 pilot)' }],
  },
  {
    id: 'lodz-hamburg', name: 'Łódź – Poznań – Berlin – Hamburg', from: 'lodz', to: 'hamburg',
    mode: 'rail', commodities: [...CONTAINER_CARGO], direction: 'both',
    length: { basis: 'computed', method: 'great-circle', note: 'The rail distance is not published in the sources.' },
    transitCountries: ['PL', 'DE'], status: 'operational', gaugeMm: STANDARD_GAUGE,
    transitTime: { basis: 'derived-from-speed', speed: POLAND_SPEED, note: 'About half of the line is in Germany, for which no published average speed of container trains was found; the Polish figure is applied throughout.' },
    operator: 'PKP PLK; DB InfraGO (infrastructure)',
    sources: [{ key: 'GEO-GN15K', note: 'city points of Łódź and Hamburg' }, 'RYNEK-UTK-2018'],
  },
];
