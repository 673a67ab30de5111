// Organisations and places: the words that make a name one or the other, the names whose words do not
// say which, and the abbreviations and suffixes that go with them.

import { wordSet } from './wordSet';

/** Capitalised last words that make a name an organisation: "Transport Ministry", "Nordic Union". */
export const ORG_HEADS = wordSet(`
  ministry, department, dept., agency, union, council, committee, commission, party, bank, court, congress,
  parliament, senate, assembly, force, forces, army, navy, guard, guards, police, office, service, services,
  corporation, corp, corp., inc, inc., ltd, ltd., llc, plc, co, co., company, companies, group, association,
  organization, organisation, institute, institution, university, college, school, academy, foundation, fund,
  hospital, clinic, infirmary,
  authority, administration, bureau, board, league, federation, confederation, club, fc, times, post, journal,
  gazette, herald, tribune, telegraph, guardian, observer, chronicle, news, press, radio, television, tv,
  network, broadcasting, broadcaster, airlines, airline, airways, motors, holdings, industries, systems,
  technologies, labs, laboratories, cabinet, government, duma, rada, knesset, bundestag, reserve, exchange,
  alliance, coalition, movement, front, brigade, battalion, regiment, division, corps, command, church,
  mission, programme, program, initiative, council, secretariat, tribunal, directorate, inspectorate,
  commissariat, cooperative, co-op, society, trust, partners, capital, ventures, energy, petroleum, oil, gas,
  steel, mining, pharmaceuticals, pharma, bancorp, insurance, securities, investments, media, studios,
  entertainment, records, publishing, publishers, press, hospital, clinic, centre, center, museum, library,
  orchestra, ensemble, band, team, squad, workers, dockworkers, unions, federation, chamber, consortium,
  conglomerate, railways, railway, rail, transit, shipping, lines, logistics, port authority, harbour board,
  harbor board, inc, sa, ag, gmbh, nv, bv, spa, ab, oyj, asa, kk, limited, incorporated, agency, staff,
  newsroom, desk, united, rovers, wanderers, athletic, albion, hotspur, rangers
`);

/** Capitalised words that begin an organisation name: "Ministry of Fisheries", "Bank of Lorland". */
export const ORG_STARTS = wordSet(`
  ministry, department, bank, university, institute, office, council, court, federation, union, league,
  association, organization, organisation, committee, commission, board, bureau, church, house, order,
  academy, college, school, museum, society, party, fund, agency, embassy, consulate, chamber, radio
`);

/** Capitalised first words that make a name a place: "Port Ardent", "Mount Kelvar", "Lake Ostra". */
export const PLACE_STARTS = wordSet(`
  port, mount, mt, mt., lake, cape, fort, isle, gulf, bay, lough, loch, strait, straits
`);

/** Capitalised last words that make a name a place: "Varnak Peninsula", "Ostra Sea", "Kelvar Oblast". */
export const PLACE_HEADS = wordSet(`
  peninsula, sea, ocean, river, lake, lakes, mountain, mountains, mount, mt., hills, hill, island, islands,
  isle, isles, bay, gulf, strait, straits, channel, canal, valley, desert, plain, plains, plateau, forest,
  coast, heights, street, st., avenue, ave., road, rd., boulevard, square, bridge, province, county, state,
  oblast, krai, district, region, territory, territories, republic, kingdom, emirates, city, town, village,
  airport, harbour, harbor, port, station, prefecture, canton, governorate, municipality, borough, parish,
  basin, delta, falls, glacier, reef, cape, beach, park, zone, corridor, quarter, strip, highlands,
  lowlands, steppe
`);

/** Lower-case words after a name that make it a place: "the Varnak region", "Kelvar province". */
export const PLACE_CUES_AFTER = wordSet(`
  region, regions, province, provinces, oblast, city, town, village, district, county, state, area,
  border, capital, port, coast, peninsula, enclave, territory, municipality, suburb, neighbourhood,
  neighborhood, countryside, valley, river, prefecture, governorate, island, islands
`);

/** Prepositions that make a following unknown capitalised word more likely a place. */
export const PLACE_PREPOSITIONS = wordSet(`in, into, from, near, across, outside, inside, throughout, to, toward, towards, via, around, at`);

/**
 * Places and organisations whose names do not say what they are. Kept short: these are the ones news
 * text uses constantly, where a wrong type would be noticed at once.
 */
export const KNOWN_TYPES: ReadonlyMap<string, 'organization' | 'place' | 'other'> = new Map([
  ['white house', 'organization'],
  ['kremlin', 'organization'],
  ['pentagon', 'organization'],
  ['downing street', 'organization'],
  ['elysee', 'organization'],
  ['élysée', 'organization'],
  ['élysée palace', 'organization'],
  ['congress', 'organization'],
  ['senate', 'organization'],
  ['parliament', 'organization'],
  ['nato', 'organization'],
  ['eu', 'organization'],
  ['un', 'organization'],
  ['u.n.', 'organization'],
  ['united nations', 'organization'],
  ['european union', 'organization'],
  ['european commission', 'organization'],
  ['interpol', 'organization'],
  ['reuters', 'organization'],
  ['telegram', 'organization'],
  ['whatsapp', 'organization'],
  ['facebook', 'organization'],
  ['twitter', 'organization'],
  ['google', 'organization'],
  ['soviet union', 'place'],
  ['us', 'place'],
  ['u.s.', 'place'],
  ['usa', 'place'],
  ['u.s.a.', 'place'],
  ['uk', 'place'],
  ['u.k.', 'place'],
  ['uae', 'place'],
  ['united states', 'place'],
  ['united kingdom', 'place'],
  ['britain', 'place'],
  ['great britain', 'place'],
  ['europe', 'place'],
  ['donbas', 'place'],
  ['donbass', 'place'],
  ['crimea', 'place'],
  ['gaza', 'place'],
  ['west bank', 'place'],
  ['middle east', 'place'],
  ['balkans', 'place'],
  ['caucasus', 'place'],
  ['scandinavia', 'place'],
  ['africa', 'place'],
  ['asia', 'place'],
  ['latin america', 'place'],
  ['world war ii', 'other'],
  ['world war i', 'other'],
  ['cold war', 'other'],
  ['christmas', 'other'],
  ['easter', 'other'],
  ['ramadan', 'other'],
]);

/** All-capital abbreviations that name places rather than organisations. */
export const PLACE_ACRONYMS = wordSet(`us, u.s., usa, u.s.a., uk, u.k., uae, u.a.e., drc, prc, dprk, rok, gb`);

/** Company-form suffixes that are not names on their own ("Ltd", "GmbH"). */
export const COMPANY_SUFFIXES = wordSet(`inc, ltd, co, corp, llc, plc, sa, ag, gmbh, nv, bv`);

/** Organisation heads that name an organisation on their own, without another word ("Parliament"). */
export const SELF_NAMED_ORG_HEADS = wordSet(`congress, parliament, senate, cabinet, government`);

/** First words that make a name a broadcaster: "Radio Sarn", "Television Nordvik". */
export const BROADCASTER_STARTS = wordSet(`radio, television`);

/** Plural place words shared by two coordinated names: "the Varnak and Kelvar regions". */
export const PLACE_PLURALS = wordSet(`regions, provinces, oblasts, districts, cities, states, counties`);

/** The United States written in capitals ("US", "U.S" before its last dot), which compromise tags as "us". */
export const US_CAPITALS: ReadonlySet<string> = new Set(['US', 'U.S']);

/** Lower-case nouns that, right before or after a name, say it is an organisation: "carrier Nordair", "the Ostra daily". */
export const ORG_DESCRIPTORS = wordSet(`
  company, firm, group, carrier, airline, maker, manufacturer, producer, retailer, insurer, reinsurer, lender,
  brokerage, utility, operator, developer, distributor, exporter, importer, refiner, supplier, contractor,
  consortium, conglomerate, concern, chain, subsidiary, affiliate, outfit, publisher, broadcaster, network,
  newspaper, daily, weekly, magazine, tabloid, agency, club, party, faction, charity, miner, shipper,
  shipyard, builder, automaker, carmaker, chipmaker, drugmaker, steelmaker, cooperative, bourse, exchange
`);

/** Lower-case nouns after a name's possessive that only an organisation has: "Nordair's shares", "Vardenic's subsidiary". */
export const ORG_POSSESSIONS = wordSet(`
  shares, stock, stocks, profit, profits, earnings, revenue, revenues, turnover, subsidiary, subsidiaries,
  unit, units, shareholders, stockholders, board, plant, plants, factory, factories, dividend, takeover,
  merger, headquarters, workforce, employees, brand, brands, customers, subscribers, fleet, products
`);

/** Nouns before "of" or "in" that make the name after them a company: "shares of Nordair", "a stake in Vardenic". */
export const ORG_HOLDINGS = wordSet(`shares, share, stake, stakes, stock, stocks, shareholders, shareholding`);

/** Pronouns that stand for an organisation (never for a person) after "said": "Nordair said it would". */
export const ORG_PRONOUNS = wordSet(`it, its`);
