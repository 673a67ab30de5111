// Word lists the extractors share, written by hand from general knowledge of English news style.
// Data lives here, apart from the code that uses it (as compromise keeps its lexicons apart).
// Nothing here is derived from any evaluation data set.

function set(words: string): ReadonlySet<string> {
  return new Set(
    words
      .split(/[,\n]/)
      .map((w) => w.trim().toLowerCase())
      .filter(Boolean),
  );
}

/**
 * Words that, written with a capital before a name, are a title rather than part of the name:
 * "President Vladimir Putin", "Interior Minister Ihor Klymenko", "Gen. Mark Milley".
 */
export const TITLE_HEADS = set(`
  president, president-elect, vice-president, chancellor, minister, premier, secretary, governor, mayor,
  senator, sen., rep., representative, congressman, congresswoman, gen., general, col., colonel, lt., lieutenant,
  maj., major, capt., captain, cmdr., commander, adm., admiral, sgt., sergeant, cpl., corporal, pvt., private,
  marshal, judge, justice, king, queen, prince, princess, emperor, empress, pope, cardinal, archbishop, bishop,
  rev., reverend, father, rabbi, imam, sheikh, emir, sultan, ayatollah, patriarch, dr., doctor, mr., mrs., ms.,
  miss, prof., professor, sir, dame, lord, lady, chairman, chairwoman, chairperson, chair, director,
  ambassador, envoy, speaker, commissioner, inspector, superintendent, sheriff, councillor, councilor,
  councilman, councilwoman, alderman, officer, chief, coach, manager, spokesperson, spokesman, spokeswoman,
  attorney, prosecutor, magistrate, deputy, crown prince, state secretary, leader, delegate, mp, mep, pm,
  chief executive, ceo, cfo, coo, founder, president-elect, taoiseach, tsar, czar, baron, baroness, count,
  countess, duke, duchess, earl, cllr, gov., supt., insp., det., detective, constable, agent, trooper
`);

/** Capitalised words that qualify a following title: "Interior Minister", "Prime Minister", "Vice President". */
export const TITLE_MODIFIERS = set(`
  prime, vice, deputy, acting, interim, former, foreign, interior, defence, defense, finance, economy, economic,
  health, justice, energy, trade, education, home, attorney, state, first, chief, senior, junior, assistant,
  associate, executive, managing, general, supreme, grand, high, lord, lieutenant, major, rear, district,
  labour, labor, agriculture, culture, environment, transport, infrastructure, digital, science, sports,
  youth, security, intelligence, emergency, emergencies, social, affairs, development, industry, national,
  regional, minority, majority, shadow, opposition, permanent, special, presidential, press, communications,
  treasury, budget, climate, housing, veterans, war, navy, army, air, naval, fisheries, ports, harbour, harbor,
  police, fire, public, works, water, mines, mining, tourism, information, planning, land, lands, local,
  government, parliamentary, party, union, general-secretary, secretary-general
`);

/**
 * Lower-case nouns that make a phrase a description of a person's role:
 * "Kremlin spokesperson", "Ukraine’s chief negotiator", "son-in-law".
 */
export const ROLE_NOUNS = set(`
  president, chancellor, minister, premier, secretary, governor, mayor, senator, general, commander, admiral,
  judge, justice, king, queen, prince, princess, pope, ambassador, envoy, speaker, commissioner, spokesperson,
  spokesman, spokeswoman, adviser, advisor, aide, negotiator, official, officer, chief, head, leader, director,
  chairman, chairwoman, chair, chairperson, manager, executive, founder, co-founder, owner, analyst, expert,
  economist, lawyer, attorney, prosecutor, investigator, inspector, reporter, journalist, correspondent,
  editor, columnist, author, writer, researcher, scientist, professor, lecturer, teacher, doctor, surgeon,
  nurse, coach, captain, player, striker, goalkeeper, midfielder, defender, champion, candidate, nominee,
  lawmaker, legislator, congressman, congresswoman, representative, delegate, diplomat, mediator,
  representative, deputy, member, activist, campaigner, organiser, organizer, protester, resident, witness,
  survivor, victim, mother, father, son, daughter, brother, sister, wife, husband, widow, widower, son-in-law,
  daughter-in-law, brother-in-law, sister-in-law, father-in-law, mother-in-law, uncle, aunt, nephew, niece,
  cousin, grandson, granddaughter, grandfather, grandmother, partner, fiancé, fiancee, fiancée, friend, ally,
  rival, successor, predecessor, colleague, boss, employee, worker, engineer, pilot, soldier, commander,
  councillor, councilor, alderman, sheriff, detective, agent, trooper, constable, superintendent, chief of staff,
  secretary-general, secretary general, head of state, head of government, vice-president, vice president,
  president-elect, ceo, cfo, coo, cto, chief executive, strategist, consultant, pollster, historian, critic,
  entrepreneur, investor, banker, trader, shareholder, director-general, director general, steward, clerk,
  treasurer, auditor, comptroller, ombudsman, regulator, planner, architect, designer, producer, host,
  presenter, anchor, commentator, actor, actress, singer, musician, artist, athlete, runner, cyclist, boxer,
  veteran, priest, bishop, cardinal, imam, rabbi, pastor, monk, nun, chancellor, marshal, colonel, lieutenant,
  major, sergeant, private, mp, mep, chief negotiator, negotiators, official, secretary of state
`);

/** Adjectives and nouns that may stand inside a lower-case role phrase before its head noun. */
export const ROLE_MODIFIERS = set(`
  special, chief, lead, top, senior, junior, deputy, former, acting, interim, foreign, policy, national,
  security, defense, defence, prime, vice, head, executive, general, presidential, press, military, intelligence,
  economic, finance, trade, health, energy, political, longtime, long-time, veteran, then, future, incoming,
  outgoing, newly, new, elected, appointed, assistant, associate, regional, local, state, federal, party,
  opposition, government, union, campaign, communications, diplomatic, peace, climate, legal, medical,
  financial, technical, principal, permanent, personal, key, close, trusted, main, top-ranking, high-ranking,
  senior-most, ukrainian, russian, american, british, french, german, european, chinese, israeli, palestinian,
  harbour, harbor, port, city, district, county, council, police, fire, transport, labor, labour, strike,
  wage, pay, media, news, foreign-policy, co-, white, house, kremlin, elder, younger, older, eldest, youngest,
  late, first, second, third
`);

/** Capitalised last words that make a name an organisation: "Defense Ministry", "European Union". */
export const ORG_HEADS = set(`
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
  harbor board, inc, sa, ag, gmbh, nv, bv, spa, ab, oyj, asa, kk, limited, incorporated, agency
`);

/** Capitalised words that begin an organisation name: "Ministry of Defence", "Bank of England". */
export const ORG_STARTS = set(`
  ministry, department, bank, university, institute, office, council, court, federation, union, league,
  association, organization, organisation, committee, commission, board, bureau, church, house, order,
  academy, college, school, museum, society, party, fund, agency, embassy, consulate, chamber, radio
`);

/** Capitalised first words that make a name a place: "Port Ardent", "Mount Kenya", "Lake Geneva". */
export const PLACE_STARTS = set(`
  port, mount, mt, mt., lake, cape, fort, isle, gulf, bay, glen, lough, loch, strait, straits
`);

/** Capitalised last words that make a name a place: "Crimean Peninsula", "Black Sea", "Saratov Oblast". */
export const PLACE_HEADS = set(`
  peninsula, sea, ocean, river, lake, lakes, mountain, mountains, mount, mt., hills, hill, island, islands,
  isle, isles, bay, gulf, strait, straits, channel, canal, valley, desert, plain, plains, plateau, forest,
  coast, heights, street, st., avenue, ave., road, rd., boulevard, square, bridge, province, county, state,
  oblast, krai, district, region, territory, territories, republic, kingdom, emirates, city, town, village,
  airport, harbour, harbor, port, station, prefecture, canton, governorate, municipality, borough, parish,
  basin, delta, falls, glacier, reef, cape, beach, park, zone, corridor, quarter, strip, highlands,
  lowlands, steppe
`);

/** Lower-case words after a name that make it a place: "the Donetsk region", "Saratov province". */
export const PLACE_CUES_AFTER = set(`
  region, regions, province, provinces, oblast, city, town, village, district, county, state, area,
  border, capital, port, coast, peninsula, enclave, territory, municipality, suburb, neighbourhood,
  neighborhood, countryside, valley, river, prefecture, governorate, island, islands
`);

/** Prepositions that make a following unknown capitalised word more likely a place. */
export const PLACE_PREPOSITIONS = set(`in, into, from, near, across, outside, inside, throughout, to, toward, towards, via, around, at`);

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
export const PLACE_ACRONYMS = set(`us, u.s., usa, u.s.a., uk, u.k., uae, u.a.e., drc, prc, dprk, rok, gb`);

/** Lower-case particles that may sit inside a name: "Bank of England", "Charles de Gaulle", "Osama bin Laden". */
export const NAME_CONNECTORS = set(`of, for, de, del, della, der, den, van, von, da, di, du, la, le, bin, al, el, y, and, &, on, upon`);

/** Connectors allowed only between capitalised words of an organisation or place ("Bank of England"). */
export const ORG_CONNECTORS = set(`of, for, and, &, on, upon`);

/** Reporting verbs that attribute speech. Base forms; inflections are matched by the quote extractor. */
export const SPEECH_VERBS = set(`
  say, said, says, saying, tell, told, tells, add, added, adds, adding, state, stated, states, note, noted, notes,
  remark, remarked, warn, warned, warns, write, wrote, writes, written, explain, explained, argue, argued,
  insist, insisted, claim, claimed, claims, ask, asked, asks, reply, replied, continue, continued, emphasize,
  emphasized, emphasise, emphasised, stress, stressed, declare, declared, announce, announced, comment,
  commented, observe, observed, tweet, tweeted, post, posted, acknowledge, acknowledged, concede, conceded,
  caution, cautioned, urge, urged, recall, recalled, suggest, suggested, predict, predicted, promise,
  promised, vow, vowed, pledge, pledged, admit, admitted, assert, asserted, maintain, maintained, contend,
  contended, respond, responded, answer, answered, confirm, confirmed, deny, denied, describe, described,
  call, called, calls, labelled, labeled, dubbed, highlight, highlighted, point, pointed, mention, mentioned,
  indicate, indicated, reiterate, reiterated, repeat, repeated, quip, quipped, joke, joked, shout, shouted,
  cry, cried, exclaim, exclaimed, whisper, whispered, murmur, murmured, testify, testified, report,
  reported, announce, complain, complained, lament, lamented, demand, demanded, believe, believes, believed,
  think, thinks, thought, conclude, concluded, agree, agreed, counter, countered, retort, retorted,
  accuse, accused, charge, charged, allege, alleged, boast, boasted, proclaim, proclaimed, signal, signaled,
  signalled, hint, hinted, express, expressed, put, puts, summarise, summarised, summarize, summarized
`);

/** Pronouns that can stand for a speaker, with the gender they imply (null: any). */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ['he', 'm'],
  ['she', 'f'],
  ['they', null],
]);

/** Words that are never names even when capitalised mid-sentence. */
export const NEVER_NAMES = set(`
  i, i'm, i've, i'd, i'll, a, an, the, and, or, but, if, so, it, he, she, we, they, you, his, her, its, our, their,
  my, your, this, that, these, those, there, here, mr, mrs, ms, ok, okay, yes, no, not, tv, am, pm, a.m., p.m.,
  none, nobody, nothing, everyone, everybody, someone, somebody, anyone, copyright, photo, video, advertisement,
  when, where, while, whereas, although, though, because, after, before, since, until, once, however, meanwhile
`);

/** Months and weekdays: capitalised but dates, not names. */
export const CALENDAR_WORDS = set(`
  january, february, march, april, may, june, july, august, september, october, november, december,
  jan., feb., mar., apr., jun., jul., aug., sep., sept., oct., nov., dec., monday, tuesday, wednesday, thursday,
  friday, saturday, sunday
`);

/** Female and male honorifics, for pronoun resolution. */
export const FEMALE_TITLES = set(`mrs., ms., miss, mrs, ms, queen, princess, empress, dame, lady, baroness, duchess, countess, spokeswoman, chairwoman, congresswoman, councilwoman, actress, sister, mother, wife, widow, daughter, niece, aunt, grandmother, nun`);
export const MALE_TITLES = set(`mr., mr, king, prince, emperor, sir, lord, baron, duke, earl, count, spokesman, chairman, congressman, councilman, father, brother, husband, widower, son, nephew, uncle, grandfather, monk, pope`);

/** Nationality and group adjectives compromise's lexicon lacks or tags as something else. */
export const EXTRA_DEMONYMS = set(`
  british, spanish, polish, swedish, danish, finnish, irish, scottish, welsh, turkish, english, flemish,
  kurdish, uzbek, tajik, kazakh, kyrgyz, latvian, lithuanian, estonian, czech, slovak, serb, croat, bosnian,
  western, eastern, soviet, arab, muslim, christian, jewish, catholic, protestant, orthodox, sunni, shia,
  shiite, hindu, buddhist, nordic, baltic, balkan, slavic, latino, hispanic, asian, african, european,
  transatlantic, allied, communist, socialist, democrat, democratic, republican, conservative, liberal
`);
