/**
 * Sources added for the Caucasus railways, Türkiye, the Black Sea and the rail links onward into Europe, keyed by citation key (keys follow `shared/reference/china-europe-facts.md`
 * and `corridor-facts.md` where the source is listed there). A key must not repeat one of another
 * registry file unless the record is identical.
 *
 * Addresses are those of the stored copies that were read. Where the fact sheet marked a source "URL not
 * recorded", the address was re-checked and is the one found; sources whose address could not be found
 * are not registered here (their figures appear only as alternatives in notes, naming them in words).
 */
import type { Source } from '../types.js';

const WIKIPEDIA_COPY = 'Wikipedia (mirror copy)';

export const WEST_SOURCES: Readonly<Record<string, Source>> = {
  // ---------------------------------------------------------------- Coordinates
  'C-HALKALI': { title: 'Halkalı railway station (German Wikipedia article)', url: 'https://de.qaz.wiki/wiki/Halkal%C4%B1_railway_station', publisher: `${WIKIPEDIA_COPY}: de.qaz.wiki` },
  'C-KAPIKULE': { title: 'Kapıkule (Wikipedia article)', url: 'https://pinocchiopedia.com/wiki/Kapikule', publisher: `${WIKIPEDIA_COPY}: pinocchiopedia.com` },
  'C-ANAKLIA': { title: 'Anaklia (Norwegian Wikipedia article)', url: 'https://arietiform.com/application/nph-tsq.cgi/en/20/https/no.wikipedia.org/wiki/Anaklia', publisher: `${WIKIPEDIA_COPY}: arietiform.com (proxy of no.wikipedia.org)` },
  'C-SADARAK': { title: 'Садарак — Sadarak village (Russian Wikipedia article)', url: 'https://ru.m.wikipedia.org/wiki/%D0%A1%D0%B0%D0%B4%D0%B0%D1%80%D0%B0%D0%BA', publisher: 'Wikipedia' },

  // ---------------------------------------------------------------- Azerbaijani and Georgian railways, BTK
  'MTT-GR-2010': {
    title: 'Изменения в Международный железнодорожный транзитный тариф (МТТ) N 96, вступают в силу с 1 июля 2010 года: Транзитные расстояния Грузинской железной дороги (changes to the International Railway Transit Tariff: transit distances of the Georgian Railway, measured from and to the state border)',
    url: 'https://iplex360.com.ua/npa.php?doc=1014.7365.0',
    publisher: 'International Railway Transit Tariff (МТТ) parties, via ipLex360 (Ukrainian legal database)',
    date: '2010-07-01',
  },
  'WIKI-GR-ROUTEMAP': { title: 'Georgian Railway (Wikipedia article with route map; main-line distances measured from Moscow)', url: 'http://wiki.richxsearch.com/view_html.php?lang=en&q=Georgian_Railway&sq=saudi+arabia', publisher: `${WIKIPEDIA_COPY}: wiki.richxsearch.com` },
  'TREND-BTK-MOU-2025': { title: 'Cooperation on Baku-Tbilisi-Kars railway expands (memorandum of ADY, Georgian Railway and TCDD Taşımacılık on delivery times)', url: 'https://www.trend.az/azerbaijan/society/4098280.html', publisher: 'Trend News Agency', date: '2025-10-01' },
  'AZUS-BTK-MOU-2025': { title: 'Azerbaijan, Turkey and Georgia agree on faster BTK cargo operations', url: 'https://azerbaijan.us/azerbaijan-turkey-georgia-agree-on-faster-btk-cargo-operations', publisher: 'azerbaijan.us', date: '2025-10-01' },
  'TREND-BTK-2024-05': { title: 'BTK railway capacity to reach 5 million tons a year from 20 May 2024 after the upgrade of the Georgian section (news item)', url: 'https://en.trend.az/business/transport/3895822.html', publisher: 'Trend News Agency', date: '2024-05-06' },
  'TREND-ADY-2025-11': { title: 'Azerbaijan Railways chairman Rovshan Rustamov at the 83rd meeting of the CIS Council on Railway Transport (BTK capacity 1 → 5 Mt/yr)', url: 'https://www.trend.az/business/4122302.html', publisher: 'Trend News Agency', date: '2025-11-26' },
  'AZERNEWS-ADY-2025-11': { title: 'ADY completes AC traction power on the Ujar–Hajigabul segment (122 km) of the Baku–Böyük Kəsik mainline', url: 'https://www.azernews.az/business/249868.html', publisher: 'Azernews', date: '2025-11-06' },
  'VESTIKAVKAZA-GR-TRANSIT-2025': { title: 'Время транзита грузов по ж/д путям Грузии сократится в два раза (transit time of freight on Georgia’s railways to be halved; Georgian Railway director general L. Abashidze at the Tbilisi Silk Road Forum)', url: 'https://vestikavkaza.ru/news/vrema-tranzita-gruzov-po-zd-putam-gruzii-sokratitsa-v-dva-raza.html', publisher: 'Vestnik Kavkaza', date: '2025' },
  'CIVIL-GR-2025': { title: 'Georgian officials mark completion of railway modernization, hoping to boost transit', url: 'https://civil.ge/archives/715937?noamp=mobile', publisher: 'Civil.ge', date: '2025-12-24' },
  'VESTIKAVKAZA-GR-REHAB': { title: 'Грузия продолжает реабилитационные работы на железной дороге (Georgia continues railway rehabilitation: 340 km in the Tbilisi–Batumi direction)', url: 'https://vestikavkaza.ru/news/47554.html', publisher: 'Vestnik Kavkaza' },
  'AGENDA-POTI-BAKU-2014': { title: 'Poti–Baku container train slashes transport time to 34 hours', url: 'https://agenda.ge/en/news/2014/1741', publisher: 'Agenda.ge', date: '2014-07' },
  'TREND-POTI-BAKU-2026': { title: 'Poti–Baku block train launch (Georgian Maritime Transport Agency director I. Abashidze)', url: 'https://www.trend.az/business/transport/4148134.html', publisher: 'Trend News Agency', date: '2026-01-31' },
  'TRANSPORTJOURNAL-BTK': { title: 'First freight wagons on the Baku–Tbilisi–Kars line', url: 'https://www.transportjournal.com/de/home/news/artikeldetail/first-freight-wagons-on-the-baku-tbilisi-kars-line.html', publisher: 'Transport Journal' },
  'RAILTURKEY-AKH-2016': { title: 'Why not Kars but Akhalkalaki?', url: 'https://railturkey.org/2016/08/26/why-not-kars-but-akhalkalaki/', publisher: 'Rail Turkey (railturkey.org)', date: '2016-08-26' },
  'KAVKAZPLUS-BTK-2020': { title: 'Азербайджан привлек новые грузы для дороги Баку-Тбилиси-Карс (new cargo on BTK: Türkiye → Azerbaijan in three days with wheelset change at Akhalkalaki)', url: 'http://kavkazplus.com/news.php?id=29317', publisher: 'Kavkaz Plus (after Sputnik Azerbaijan)', date: '2020-06-19' },
  'AZERBAYCAN24-KARS-BAKU': { title: 'Necessary to reduce delivery time of goods by rail from Kars to Baku (Turkish deputy trade minister R. T. Turagay: 70 hours at present)', url: 'https://www.azerbaycan24.com/en/necessary-to-reduce-delivery-time-of-goods-by-rail-from-kars-to-baku/', publisher: 'Azerbaycan24 (after Report)' },
  'SIGLERLOH-KOKSHETAU-MERSIN': { title: 'Контейнерный поезд Кокшетау – Мерсин через БТК (KTZ container train Kokshetau–Mersin: 5,400 km in 10 days, transshipment at Akhalkalaki)', url: 'http://siglerloh.ru/?p=195', publisher: 'siglerloh.ru (after KTZ)', date: '2017' },

  // ---------------------------------------------------------------- Zangezur
  'AZERBAIJANS-RAIL-DE': { title: 'Schienentransport (rail transport in Azerbaijan: the Ələt–Culfa line, 1941)', url: 'https://azerbaijans.com/content_472_de.html', publisher: 'Azerbaijans.com' },
  'TREND-HORADIZ-2025-10': { title: 'Construction of Horadiz-Aghband road and railway planned to be completed next year (Deputy Prime Minister Sh. Mustafayev)', url: 'https://www.trend.az/azerbaijan/politics/4102963.html', publisher: 'Trend News Agency', date: '2025-10-13' },
  'REPORT-HORADIZ-2025-12': { title: 'Deputy minister: Horadiz-Aghband railway on Zangazur corridor 69% complete', url: 'https://report.az/en/infrastructure/deputy-minister-horadiz-aghband-railway-on-zangazur-corridor-69-complete', publisher: 'Report.az', date: '2025-12-23' },
  'REPORT-HORADIZ-2026': { title: 'Horadiz-Aghband railway project nears completion', url: 'https://report.az/en/infrastructure/horadiz-aghband-railway-project-nears-completion', publisher: 'Report.az', date: '2026-02-27' },
  'NEWSAZ-KARS-2025': { title: 'Construction of Kars-Nakhchivan railway starts in Türkiye', url: 'https://news.az/news/construction-of-kars-nakhchivan-railway-starts-in-turkiye', publisher: 'News.az', date: '2025-08-22' },
  'WEDOANY-KARS': { title: 'Kars–Dilucu railway: €2.4 bn, 5.5 million passengers and 15 Mt/yr, service in 2029', url: 'https://fr.wedoany.com/shortnews/56603.html', publisher: 'Wedoany', date: '2025-08' },

  // ---------------------------------------------------------------- Türkiye
  'DHA-DOGU-2021': { title: 'First journey after 1.5 years with the Eastern Express (the train runs 1,310 km from Ankara to Kars)', url: 'https://www.sondakika.com/haber/haber-first-journey-after-1-5-years-with-the-eastern-14264590/', publisher: 'Sondakika.com (DHA)', date: '2021-07-13' },
  'HURRIYET-DOGU-2025': { title: 'Büyülü yolculuk: Turistik Doğu Ekspresi bugün sefere başlıyor (Touristic Eastern Express: 1,360 km route, Minister A. Uraloğlu)', url: 'https://www.hurriyet.com.tr/gundem/buyulu-yolculuk-turistlik-dogu-ekspresi-bugun-sefere-basliyor-43062198', publisher: 'Hürriyet', date: '2025-12-22' },
  'TRWIKI-ANKARA-KARS': { title: 'Ankara-Kars demiryolu (Turkish Wikipedia article: line length 1,365.204 km)', url: 'http://tr.wikipedia-on-ipfs.org/wiki/Ankara-Kars_demiryolu', publisher: `${WIKIPEDIA_COPY}: tr.wikipedia-on-ipfs.org` },
  'EMLAKKULISI-ANKARA-SIVAS': { title: 'YHT hattı İstanbul Sivas arası mesafesi (Ankara–Sivas railway 602 km, 461 km via Yozgat)', url: 'https://emlakkulisi.com.tr/guncel/yht-hatti-istanbul-sivas-arasi-mesafesi/1228729', publisher: 'Emlak Kulisi' },
  'WIKI-ISTANBUL-ANKARA': { title: 'Istanbul–Ankara railway (Wikipedia article, 2020-08 snapshot: 576.6 km, Haydarpaşa–Ankara)', url: 'https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Istanbul%E2%80%93Ankara_railway', publisher: `${WIKIPEDIA_COPY}: a.osmarks.net` },
  'WIKI-HAYDARPASA-SUBURBAN': { title: 'Haydarpaşa suburban (Wikipedia article, German translation: Haydarpaşa–Gebze 44.1 km)', url: 'https://de.wikibrief.org/wiki/Haydarpa%C5%9Fa_suburban', publisher: `${WIKIPEDIA_COPY}: de.wikibrief.org` },
  'T24-CHANGAN-2019': { title: 'Çin’den Avrupa’ya giden ilk yük treni Marmaray’dan geçti (the first freight train from China to Europe passed the Marmaray; route in Türkiye)', url: 'https://test-one.t24.com.tr/haber/cin-den-avrupa-ya-giden-ilk-yuk-treni-marmaray-dan-gecti,847075', publisher: 'T24 (DHA)', date: '2019-11-07' },
  'RAILJOURNAL-XIAN-PRAGUE-2019': { title: 'First China–Turkey–Europe freight train reaches Ankara', url: 'https://www.railjournal.com/freight/first-china-turkey-europe-freight-train-reaches-ankara/', publisher: 'International Railway Journal', date: '2019-11' },
  'RAILTURKEY-2019-11': { title: '10 countries, 11500 km: China train at Turkey', url: 'https://railturkey.org/2019/11/06/10-countries-11000-km-china-train-at-turkey/', publisher: 'Rail Turkey (railturkey.org)', date: '2019-11-06' },
  'USCHINASHIPPING-2019': { title: 'China Railway Express: cargo train connecting China to Europe passes Turkey', url: 'https://www.uschinashipping.com/article/iron-silk-road-cargo-train-connecting-china-to-europe-passes-turkey.html', publisher: 'US China Shipping', date: '2019-11' },
  'SALEPROPERTY-CHANGAN-2019': { title: 'China’s freight train crosses Europe by Marmaray (left Xi’an 15 October, entered Türkiye at Kars 5 November 2019)', url: 'https://salepropertyturkey.com/chinas-freight-train-crosses-europe-by-marmaray/', publisher: 'salepropertyturkey.com', date: '2019-11' },
  'RAILTURKEY-MARMARAY-2018-10': { title: 'New attraction for freight: Marmaray pass', url: 'https://railturkey.org/2018/10/30/new-attraction-for-freight-marmaray-pass/', publisher: 'Rail Turkey (railturkey.org)', date: '2018-10-30' },
  'RAILTURKEY-MARMARAY-2019-04': { title: 'Is Marmaray ready for freight?', url: 'https://railturkey.org/2019/04/15/is-marmaray-ready-for-freight/', publisher: 'Rail Turkey (railturkey.org)', date: '2019-04-15' },
  'RAILTURKEY-MARMARAY-2019-10': { title: 'Marmaray opened for freight trains', url: 'https://railturkey.org/2019/10/28/marmaray-opened-for-freight-trains/', publisher: 'Rail Turkey (railturkey.org)', date: '2019-10-28' },
  'DAILYSABAH-MARMARAY-2023': { title: 'Marmaray makes additional journeys amid adverse weather in Istanbul (Halkalı–Gebze 108 minutes; freight use)', url: 'https://www.dailysabah.com/turkiye/istanbul/marmaray-makes-additional-journeys-amid-adverse-weather-in-istanbul', publisher: 'Daily Sabah', date: '2023-12-08' },
  'LIDERGAZETE-HK': { title: 'Halkalı-Kapıkule hattında raylara ilk kaynak yapıldı (first rail weld on the Halkalı–Kapıkule line; freight 6.5 h → 3 h 6 min)', url: 'https://www.lidergazete.com/halkali-kapikule-hattinda-raylara-ilk-kaynak-yapildi-h162441.htm', publisher: 'Lider Gazete' },
  'TRTHABER-HK-2026': { title: 'Halkalı-Kapıkule Demir Yolu Projesi’nin ilk etabında çalışma devam ediyor (229 km; freight 8.5 h → 3.5 h; first stage mid-2026)', url: 'https://www.trthaber.com/haber/turkiye/halkali-kapikule-demir-yolu-projesinin-ilk-etabinda-calisma-devam-ediyor-930299.html', publisher: 'TRT Haber', date: '2026-01-01' },
  'BLAUAUTONOM-2019': { title: 'Demir İpek Yolu’nun kilit noktası Marmaray (first China train at Kapıkule split into two halves)', url: 'https://blauautonom.com/2019/11/demir-ipek-yolunun-kilit-noktasi-marmaray/', publisher: 'Blau Autonom', date: '2019-11' },

  // ---------------------------------------------------------------- Black Sea ports and ferries
  'MARINELINK-BICT-2019': { title: 'ICTSI expands Batumi container terminal', url: 'https://www.marinelink.com/news/ictsi-expands-batumi-container-terminal-462919', publisher: 'MarineLink', date: '2019-02-14' },
  'TREND-POTI-2024': { title: 'APM Terminals implementing new port infrastructure project at Poti (north expansion, >$200 m, 13.5 m draft)', url: 'https://en.trend.az/scaucasus/georgia/3873536.html', publisher: 'Trend News Agency', date: '2024-03-13' },
  '1TV-POTI': { title: 'APM Terminals ready for large-scale investment, to commence expansion project (Poti: at least +400,000 TEU, over one million TEU in all)', url: 'https://1tv.ge/lang/en/news/apm-terminals-ready-for-large-scale-investment-to-commence-expansion-project/', publisher: 'First Channel (1tv.ge)' },
  'SHIPPINGHERALD-CONSTANTA-2024': { title: 'DP World Romania doubles container shipping capacity in Black Sea port (after Reuters)', url: 'https://www.shippingherald.com/dp-world-romania-doubles-container-shipping-capacity-in-black-sea-port/', publisher: 'Shipping Herald (Reuters)', date: '2024-06' },
  'SEANTEL-CSCT-2025': { title: 'DP World boosts Constanta capacity with new cranes and 119,000 m² multimodal platform', url: 'https://seantel.news/ports-logistics/dp-world-boosts-constanta-capacity-with-new-cranes-and-119000-m%c2%b2-multimodal-platform', publisher: 'Seantel News', date: '2025' },
  'MIDDLECORRIDOR-FEEDER-2019': { title: 'Regular feeder container line launching at the Black Sea along Trans-Caspian International Transport Route (Middle Corridor)', url: 'https://middlecorridor.com/en/press-center/news/regular-feeder-container-line-launching-at-the-black-sea-along-trans-caspian-international-transport-route-middle-corridor', publisher: 'TITR International Association (middlecorridor.com)', date: '2019-08' },
  'RAILWAYGE-FEEDER': { title: 'Georgian Railway subsidiary will carry out container shipments to Europe by feeder ship', url: 'http://www.railway.ge/en/georgian-railway-subsidiary-will-carry-out-container-shipments-to-europe-by-feeder-ship/', publisher: 'Georgian Railway' },
  'PORTSEUROPE-GRAMPET-2019': { title: 'Romania’s Grampet Group launches naval route between Batumi and Constanta ports', url: 'https://www.portseurope.com/romanias-grampet-group-launches-naval-route-between-batumi-and-constanta-ports/', publisher: 'PortsEurope', date: '2019-10-28' },
  'TREND-ASCO-FEEDER-2019': { title: 'ASCO to launch test voyage of feeder vessel along Batumi–Constanta route (every ten days)', url: 'https://en.trend.az/business/economy/3107927.html', publisher: 'Trend News Agency', date: '2019-08-22' },
  'TREND-XIAN-TERMINAL': { title: 'KTZ: Kazakh terminal in Xi’an; Altynkol → Absheron 9 days, → Poti/Batumi 12 days, → Constanța 20–22 days', url: 'https://en.trend.az/casia/kazakhstan/3906462.html', publisher: 'Trend News Agency', date: '2024-05' },
  'ONMYTODD-FERRY': { title: 'Varna (Beloslav) – Batumi ferry crossing (travel blog, June 2016)', url: 'https://onmytodd.org/%22https:/onmytodd.org/wp-uploads/2015/11/P7254031-300x225.jpg/?paged=18', publisher: 'onmytodd.org (travel blog)', date: '2016-06' },
  'PEDALPROMISE-FERRY': { title: 'Black Sea ferry (Varna – Poti, travel blog)', url: 'https://pedalpromise.com/black-sea-ferry/', publisher: 'pedalpromise.com (travel blog)' },
  'KAIBIKE-2025': { title: '#046 – Fährüberfahrt von Georgien nach Bulgarien (Batumi–Burgas ferry, October 2025, travel blog)', url: 'https://www.kai-bike.net/projekt-wr001/wr-ge109', publisher: 'kai-bike.net (travel blog)', date: '2025-10' },
  'KP-UA-2025': { title: 'Україна відновлює поромне сполучення з Грузією (Ukraine restores ferry service with Georgia: Chornomorsk–Batumi about 60 hours, ferry Kaunas)', url: 'https://kp.ua/ua/politics/a692093-ukrajina-vidnovljuje-poromne-spoluchennja-z-hruzijeju-zmi', publisher: 'KP.ua (after LIGA.net)', date: '2024-06-19' },
  'EUROMAIDAN-2024': { title: 'Ukraine restores ferry service to Georgia across Black Sea, suspended due to Russia’s invasion', url: 'https://euromaidanpress.com/2024/06/19/ukraine-restores-ferry-service-to-georgia-across-black-sea-suspended-due-to-russia-invasion/', publisher: 'Euromaidan Press (after Reuters)', date: '2024-06-19' },
  'PRAVDA-UA-2025': { title: 'Chornomorsk → Batumi ferry trips on 18 and 26 March 2025 (Ukrzaliznytsia, via Interfax-Ukraine)', url: 'https://www.pravda.com.ua/eng/news/2025/04/10/7506919/', publisher: 'Ukrainska Pravda', date: '2025-04-10' },
  'SAKARTVELOS-ANAKLIA-2024': { title: 'Belgian company wins tender for Anaklia marine infrastructure construction', url: 'https://sakartvelosambebi.ge/en/news/belgian-company-wins-tender-for-anaklia-marine-infrastructure-construction', publisher: 'sakartvelosambebi.ge', date: '2024-08' },
  'MARITIMENETWORK-ANAKLIA': { title: 'Chinese firms to invest US$600m to develop Black Sea port in Georgia', url: 'https://news.maritime-network.com/2024/06/02/chinese-firms-to-invest-us600m-to-develop-black-sea-port-in-georgia', publisher: 'Maritime Network (Splash247)', date: '2024-06-02' },

  // ---------------------------------------------------------------- Europe
  'ECA-SR-2016-08': { title: 'Special report No 08/2016: Rail freight transport in the EU: still not on the right track', url: 'https://docslib.org/doc/9083789/rail-freight-transport-in-the-eu-still-not-on-the-right-track', publisher: 'European Court of Auditors (copy on docslib.org)', date: '2016-05-24' },
  'EURACTIV-ECA-2016': { title: 'Auditors slam Commission for inefficient railway funding', url: 'https://www.euractiv.com/section/transport/news/auditors-slam-commission-for-inefficient-railway-funding/', publisher: 'Euractiv', date: '2016-05' },
};
