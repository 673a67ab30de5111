// Event and measure words of the cross-source fact alignment: what happened to a counted thing (its
// event class), which nouns name a measured quantity, which verbs make their subject the measured thing,
// what marks a figure as provisional, and the units a figure is a rate of or is measured in. General
// news English only; every entry is a lemma or a lower-case word form, multi-word entries are spaced.

import { wordSet as words } from './wordSet';

/** Builds a word → class map from `class: word, word, …` lines. */
function classes(table: string): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const line of table.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).trim();
    for (const w of line.slice(colon + 1).split(',')) if (w.trim()) out.set(w.trim().toLowerCase(), name);
  }
  return out;
}

/**
 * What happened, by verb lemma, participle, adjective or noun: words of one class name the same event
 * ("killed", "died", "dead"); two figures with different classes are different quantities. The phrases
 * of "free" ("walked free", "set free") name the act the verb "free" names (its own lemma, no class
 * word itself, so a release is no story act on its own).
 */
export const EVENT_CLASSES: ReadonlyMap<string, string> = classes(`
  kill: kill, die, dead, death, fatality, perish, drown, fatal, lose life
  injure: injure, injured, injury, wound, wounded, hurt, hospitalise, hospitalize, in hospital, treat
  missing: missing, unaccounted, unaccounted for
  trap: trap, trapped, strand, stranded, stuck, cut off, entomb
  critical: critical, critically ill, critically injured, critical condition, intensive care
  rescue: rescue, save, survive, survivor, pull out
  evacuate: evacuate, evacuation, evacuee, flee
  displace: displace, displaced, homeless, make homeless
  arrest: arrest, detain, detention, in custody, nab, apprehend, take into custody
  abduct: kidnap, kidnapping, abduct, abduction, seize, snatch, take hostage, take captive
  free: set free, walk free, go free
  aboard: aboard, on board, onboard, board, carry
  launch: launch, fire
  destroy: destroy, shoot down, bring down
  attend: attend, attendance, crowd, spectator, in front of
  watch: watch, viewer, audience, tune in
  cut: cut, shed, axe, eliminate, slash, lay off, layoff, redundancy, scrap, reduce
  hire: hire, recruit, create
  employ: employ, workforce
  sentence: sentence, jail, imprison, prison
  strike: strike, on strike, go on strike, walk out, walk off, walkout, walk-out, storm out, stoppage, stop work, down tools, stay out
  vote: vote, ballot, elect, cast
  cost: cost, spend
  pay: pay, payment
  rise: rise, climb, increase, jump, grow, gain, soar, surge, up, raise, hike, add, higher, stronger, firmer, lift
  fall: fall, drop, decline, slip, slide, slump, plunge, tumble, shrink, down, lose, lower, weaker, softer
  demand: demand, seek, call for
  offer: offer, propose
  capsize: capsize, overturn, roll over, keel over, sink, founder
  crash: crash, come down, go down
  derail: derail, come off rail, come off track, come off line, leave rail, leave track, jump rail, jump track, go off rail, go off track
  collapse: collapse, burst, give way, cave in, crumble
  begin: begin, start, open, kick off, break out, erupt, outbreak, take effect, come into force, enter into force, come into effect, go into effect, kick in
  resign: resign, resignation, quit, step down, stand down, step aside
  appoint: appoint, appointment, nominate, nomination
  swear in: swear in, take the oath, take office, inaugurate, inauguration
  end: end, conclude, finish, wrap up, close, break up, cease
  resume: resume, restart, resumption
  reopen: reopen, re-open, reopening
  landfall: landfall, make landfall, come ashore, roar ashore, sweep ashore, crash ashore, move ashore, blow ashore, barrel ashore
  meet: meet, meeting, talk, session, negotiate, negotiation, discuss, discussion
  depart: leave, depart, departure, sail, set sail, take off
  arrive: arrive, arrival, land, dock, fly in, fly home, return home, come home, get home
  announce: announce, report, publish, unveil, release
  win: win, beat, defeat
  lead: lead, head, chair, in charge, at the helm, in office, in power
  deliberate: deliberate, deliberation
  search: search, look for
  theft: steal, theft, heist, robbery, rob, raid, burglary, break-in, escape with, make off with, get away with, defraud, fraud, embezzle, embezzlement, swindle
  delay: delay, postpone, late, hold up, behind schedule, interrupt, interruption, halt, hold-up
  wait: wait, drought
  schedule: schedule, plan, due
  happen: happen, occur, take place
  affect: affect, cover, impact, apply to, concern, involve, extend to
  deploy: deploy, send, dispatch, assign, station, send in, draft in, mobilise, mobilize
  visit: visit, tour, go to, come to, travel to, fly to, drive to
  agree: agree, agreement, strike deal, reach deal, seal deal, clinch deal, strike agreement, reach agreement, broker deal, hammer out
`);

/**
 * Verbs that take someone "of" a sum ("defrauded the authority of €14.6 million", "robbed the bank of £2m"):
 * the noun before "of" is the one who lost it, not what the sum measures.
 */
export const DEPRIVING_VERBS: ReadonlySet<string> = words('defraud, rob, cheat, swindle, deprive, strip, con, fleece, relieve');

/** Prepositions that may follow a noun phrase ("a £450 million programme over five years", "a fund for families"), however the tagger reads them. */
export const NOUN_PHRASE_PREPOSITIONS: ReadonlySet<string> = words('over, for, to, in, on, at, by, with, from, into, across, under, of');

/** Verbs that put someone in an office named after them: "became finance minister", "was made deputy minister", "was named captain". */
export const ROLE_TAKING_VERBS: ReadonlySet<string> = words('become, make, name');

/**
 * Verbs a gerund after them completes as their object's act ("stopped building cars", "began producing",
 * "kept rising"): after any other verb in the past, a gerund before a plural noun is a modifier of that
 * noun ("raised borrowing costs", "cut operating losses"), not the verb.
 */
export const CATENATIVE_VERBS: ReadonlySet<string> = words('stop, start, begin, finish, cease, end, halt, resume, keep, continue, avoid, consider, enjoy, like, love, hate, risk, deny, admit, suggest, recommend, mind, miss, quit, try, go, come');

/**
 * Activities whose suspension is a delay: "play was suspended for two hours" is the interruption other
 * reports call a delay; a suspended sentence or a suspended player is not.
 */
export const PAUSED_ACTIVITIES: ReadonlySet<string> = words('play, match, game, race, trading, talks, session, hearing, trial, search, rescue, service, flight, voting, counting, work, production, racing');

/** How a label names the act of an event class as a noun ("the date of Voronov's resignation"). */
export const ACT_NOUNS: ReadonlyMap<string, string> = new Map([
  ['resign', 'resignation'], ['appoint', 'appointment'], ['arrest', 'arrest'], ['launch', 'launch'], ['crash', 'crash'],
  ['capsize', 'capsizing'], ['begin', 'start'], ['end', 'end'], ['meet', 'meeting'], ['announce', 'announcement'],
  ['arrive', 'arrival'], ['depart', 'departure'], ['vote', 'vote'], ['sentence', 'sentencing'], ['evacuate', 'evacuation'],
  ['resume', 'resumption'], ['delay', 'delay'], ['theft', 'theft'], ['strike', 'strike'], ['win', 'win'],
  ['sign', 'signing'], ['appear', 'appearance'], ['release', 'release'], ['collapse', 'collapse'], ['search', 'search'],
]);

/** Particles that make a phrasal verb of the verb before them ("step down", "stand aside", "walk out"). */
export const PHRASAL_PARTICLES: ReadonlySet<string> = words('down, aside, up, out, over, off, in, back');

/** How a label says what happened to counted things of a class ("people killed", "crew on board"). */
export const EVENT_PHRASES: ReadonlyMap<string, string> = new Map([
  ['kill', 'killed'], ['injure', 'injured'], ['missing', 'missing'], ['rescue', 'rescued'], ['evacuate', 'evacuated'],
  ['displace', 'displaced'], ['arrest', 'arrested'], ['aboard', 'on board'], ['attend', 'attending'], ['watch', 'watching'],
  ['strike', 'on strike'], ['employ', 'employed'], ['cut', 'cut'], ['hire', 'hired'], ['launch', 'launched'],
  ['destroy', 'destroyed'], ['casualty', 'killed or injured'], ['vote', 'voting'], ['vote for', 'in favour'], ['vote against', 'against'], ['theft', 'stolen'], ['trap', 'trapped'], ['critical', 'in a critical condition'],
]);

/** How a label names the length of an event of a class ("the length of Monday's session"). */
export const DURATION_NOUNS: ReadonlyMap<string, string> = new Map([
  ['meet', 'session'], ['deliberate', 'deliberation'], ['theft', 'theft'], ['lead', 'time in charge'], ['depart', 'journey'], ['sentence', 'sentence'],
  ['strike', 'strike'], ['search', 'search'], ['delay', 'delay'], ['wait', 'wait'], ['rescue', 'rescue'],
  ['evacuate', 'evacuation'], ['vote', 'vote'],
]);

/**
 * Nouns that name an act, with the verb they are made from where no rule derives it ("appearance" →
 * "appear", "arrival" → "arrive"): "his first appearance in court on Wednesday" dates the act "appeared
 * in court" names. A gerund ("the signing of the deal") is read by its verb's conjugation instead.
 */
export const ACT_NOUN_VERBS: ReadonlyMap<string, string> = new Map([
  ['appearance', 'appear'], ['arrival', 'arrive'], ['departure', 'depart'], ['approval', 'approve'],
  ['refusal', 'refuse'], ['withdrawal', 'withdraw'], ['dismissal', 'dismiss'], ['removal', 'remove'],
  ['acquittal', 'acquit'], ['conviction', 'convict'], ['indictment', 'indict'], ['extradition', 'extradite'],
  ['expulsion', 'expel'], ['seizure', 'seize'], ['closure', 'close'], ['detention', 'detain'],
  ['arrest', 'arrest'], ['release', 'release'], ['escape', 'escape'], ['surrender', 'surrender'],
  ['resignation', 'resign'], ['appointment', 'appoint'], ['election', 'elect'], ['announcement', 'announce'],
  ['agreement', 'agree'], ['settlement', 'settle'], ['payment', 'pay'], ['completion', 'complete'],
  ['collapse', 'collapse'], ['launch', 'launch'], ['visit', 'visit'], ['return', 'return'],
  ['walkout', 'walk out'], ['walk-out', 'walk out'], ['raid', 'raid'], ['attack', 'attack'],
  ['murder', 'murder'], ['killing', 'kill'], ['death', 'die'], ['sale', 'sell'],
  ['purchase', 'purchase'], ['handover', 'hand over'], ['hand-over', 'hand over'], ['takeover', 'take over'], ['merger', 'merge'], ['capture', 'capture'],
  ['evacuation', 'evacuate'], ['inauguration', 'inaugurate'], ['nomination', 'nominate'],
  ['sentencing', 'sentence'], ['verdict', 'rule'], ['ruling', 'rule'],
  ['derailment', 'derail'], ['rise', 'rise'], ['hike', 'hike'], ['increase', 'increase'], ['cut', 'cut'],
  ['decision', 'decide'], ['tour', 'tour'], ['deal', 'agree'], ['resumption', 'resume'], ['restart', 'restart'],
  ['move', 'move'], ['incident', 'incident'], ['accident', 'accident'], ['disaster', 'disaster'], ['tragedy', 'tragedy'],
]);

/**
 * Words that name whatever act a story is about without saying which ("Wednesday's decision", "the
 * move", "Thursday's accident"), as the act a date of theirs dates: in a story whose reports name one act
 * in their openings above all (the rate rise, the derailment), they date that act.
 */
export const STORY_ACT_WORDS: ReadonlySet<string> = words('decide, move, incident, accident, disaster, tragedy');

/**
 * Acts a story tells many times over (talks meet day after day, officials visit one after another): never
 * the one act a story is about, however many openings name them.
 */
export const RECURRING_CLASSES: ReadonlySet<string> = words('meet, deliberate, search, visit, announce, wait, affect, lead, schedule, happen');

/** Words that open a noun phrase besides the articles and the possessives ("another rate rise on Tuesday"). */
export const OTHER_DETERMINERS: ReadonlySet<string> = words('another, this');

/**
 * Verbs of going or taking someone that, with "out of" a meeting, make a walk-out ("led his delegation out
 * of the talks", "marched his team out of the summit"), and the meetings or rooms one walks out of.
 */
export const WALKOUT_VERBS: ReadonlySet<string> = words('walk, storm, march, lead, take, pull, stride, stalk, file, troop');
export const WALKOUT_FROM: ReadonlySet<string> = words('talks, talk, summit, session, meeting, conference, negotiations, negotiation, hall, chamber, room, parliament, assembly, hearing, debate, council');

/**
 * Words that say which of several times an act happens ("his first court appearance", "will next appear
 * in court", "will hear the case again", "last imposed a ban"), by the occurrence they mark: the words
 * before the verb or act noun, and after it ("again").
 */
export const OCCURRENCE_BEFORE: ReadonlyMap<string, string> = new Map([
  ['first', 'first'], ['second', 'second'], ['third', 'third'], ['fourth', 'fourth'], ['next', 'later'],
  ['subsequent', 'later'], ['later', 'later'], ['last', 'previous'], ['previous', 'previous'], ['previously', 'previous'], ['prior', 'previous'],
]);
export const OCCURRENCE_AFTER: ReadonlyMap<string, string> = new Map([['again', 'later']]);

/**
 * Verbs that only carry the act a noun after them names, so a date after the noun dates that act: "faces a
 * vote on Thursday", "called a strike for Monday" (a light verb, "held a vote", names the act by its object anyway).
 */
export const ACT_CARRIERS: ReadonlySet<string> = words('face, stage, call, schedule, await, expect, plan, win, lose, survive, threaten');

/** Articles, which open a noun phrase. */
export const ARTICLES: ReadonlySet<string> = words('the, a, an');

/**
 * Members whose act, told of them together, is their body's act ("MPs will vote on Friday", "parliament
 * votes on Friday"): the member noun (singular) and the body.
 */
export const BODY_OF_MEMBERS: ReadonlyMap<string, string> = new Map([
  ['mp', 'parliament'], ['lawmaker', 'parliament'], ['legislator', 'parliament'], ['parliamentarian', 'parliament'],
  ['deputy', 'parliament'], ['senator', 'senate'], ['congressman', 'congress'], ['councillor', 'council'],
  ['councilor', 'council'], ['juror', 'jury'], ['delegate', 'congress'], ['policymaker', 'committee'], ['rate-setter', 'committee'],
]);

/**
 * The bodies that govern a place, named by the place's adjective or noun ("the provincial government",
 * "the city council", "state authorities"): their act is the place's act ("the province declared").
 */
export const GOVERNING_BODIES: ReadonlySet<string> = words('government, council, authority, authorities, administration, executive, cabinet');

/** Words for the people in charge that name no body ("officials declared", "bosses declared"): any governing body's act. */
export const OFFICIALS_UNNAMED: ReadonlySet<string> = words('official, authority, authorities, boss, bureaucrat');

/**
 * States and acts a speech verb brings about when they are its object ("declared a state of emergency",
 * "called a strike", "announced a ceasefire", "proclaimed independence"): the verb dates an act, not a statement.
 */
export const DECLARED_ACTS: ReadonlySet<string> = words(`
  emergency, curfew, ceasefire, truce, war, strike, election, holiday, mourning, independence, bankruptcy,
  disaster, lockdown, amnesty, quarantine, alert, blockade, boycott, moratorium, embargo, referendum`);

/**
 * A place phrase right before a date ("gathered outside the foreign ministry on Wednesday night",
 * "outside the embassy on the night of 10 March"): the preposition and the phrase's last word, which says
 * where an act happened. Only prepositions that place an act at a building or a spot, not "in" a town.
 */
export const PLACE_BEFORE_DATE = /\b(outside|inside|near|opposite|in front of)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?([\p{L}'’-]+)\s+(?:(?:on|in|at|late|early)\s+)?(?:the\s+(?:night|morning|evening|afternoon)\s+of\s+)?$/iu;

/**
 * Verbs that say an activity starts or stops, before the gerund naming it ("will stop building cars",
 * "began producing steel"): the date dates the start or the end, as "production ends in May" does; each
 * with the event it dates. ("Stop" is an end only here: "stopped work" is a strike.)
 */
export const ASPECT_VERBS: ReadonlyMap<string, string> = new Map([
  ['stop', 'end'], ['cease', 'end'], ['end', 'end'], ['finish', 'end'], ['halt', 'end'],
  ['start', 'begin'], ['begin', 'begin'], ['resume', 'resume'],
]);

/** The activity noun a gerund after an aspect verb names ("stop making cars": production ends). */
export const ACTIVITY_OF_VERBS: ReadonlyMap<string, string> = new Map([
  ['make', 'production'], ['build', 'production'], ['produce', 'production'], ['manufacture', 'production'],
  ['assemble', 'production'], ['mine', 'mining'], ['pump', 'pumping'], ['trade', 'trading'],
]);

/** Activities that, as the subject, are an event themselves ("production ends", "mining resumed"). */
export const ACTIVITY_NOUNS: ReadonlySet<string> = new Set(ACTIVITY_OF_VERBS.values());

/** Words ending in -ing that are no verb's gerund. */
export const NOT_GERUNDS: ReadonlySet<string> = words('morning, evening, thing, nothing, something, anything, everything, king, ring, spring, string, wing, ceiling, sibling, during, pudding, darling, lightning, offspring, viking, herring, shilling, farthing, awning');

/**
 * Prepositions that open a noun phrase whose date belongs to the noun, not to the clause's verb
 * ("watched during his arrest on Monday", "at her first appearance on Tuesday").
 */
export const NOUN_PHRASE_OPENERS: ReadonlySet<string> = words('during, at, after, before, since, following, until, till, from, amid, over, despite, with, by, like, on, of');

/** Nouns that name one event, so a date next to them dates that event ("Sunday's final", "the vote on Tuesday"). */
export const EVENT_NOUNS: ReadonlySet<string> = words(`
  meeting, session, talk, summit, conference, negotiation, final, semifinal, match, game, race, tournament,
  championship, vote, ballot, election, referendum, poll, hearing, trial, verdict, ruling, sentencing, funeral,
  wedding, ceremony, inauguration, launch, strike, walkout, crash, attack, explosion, blast, fire, earthquake,
  storm, flood, visit, trip, debate, parade, festival, concert, rally, protest, march, deadline, opening, closure,
  auction, sale, merger, takeover, announcement, results, result, earnings, capsizing, collapse, raid, heist, theft,
  robbery, shooting, accident, derailment, eruption, landing, departure, arrival, kick-off, disaster, flood,
  fighting, violence, clash, bombing, sinking, tragedy, incident, outbreak, epidemic, war, conflict, riot,
  resignation, appointment, nomination, dismissal, retirement, wildfire, bushfire, blaze, reshuffle, shake-up, landfall,
  reopening, resumption`);

/** Prepositions that say where counted things are ("24 people on the ground", "12 in the north"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = words('on, in, at, inside, outside, near');
/** Words that join a second predicate to a subject's first: "resigned in May and was replaced in June". */
export const PREDICATE_COORDINATORS: ReadonlySet<string> = words('and, but');

/** Words that join named places into one larger area: "in Europe and North America". */
export const PLACE_COORDINATORS: ReadonlySet<string> = words('and, or');

/** Classes whose counted things are people when the sentence names no noun ("killing 41", "12 missing"). */
export const HUMAN_CLASSES: ReadonlySet<string> = words('kill, injure, missing, trap, rescue, evacuate, displace, arrest, aboard, attend, watch, employ, strike');

/** Pronouns after "of" that make a figure a part of a group named before: "six of them", "six of whom". */
export const PART_PRONOUNS: ReadonlySet<string> = words('them, whom, which, those');

/** Classes of counts that change as reports come in (a toll), so a later, different value is an update. */
export const RUNNING_CLASSES: ReadonlySet<string> = words('kill, injure, missing, trap, rescue, evacuate, displace, arrest');

/** Event classes that make a figure one side's position: a demand is not an offer is not the outcome. */
export const STANCE_EVENTS: readonly string[] = ['demand', 'offer'];

/** Words before "to" + verb that make the figure a capacity, not a count of what happened ("licensed to carry"). */
export const CAPACITY_WORDS: ReadonlySet<string> = words('license, licence, design, able, allow, permit, certify, build, equip, rate, approve, authorise, authorize');

/** Verbs that say nothing about what happened ("made 14 arrests", "saw 61,000 fans"): the noun carries the event. */
export const LIGHT_VERBS: ReadonlySet<string> = words('be, have, make, get, give, see, do, include, bring, hold, record, put, post, report, announce, publish, unveil, release, happen, occur, take place');

/** Verbs that only say a company records a sum ("booked a £40m charge", "took a charge of €55m"): the noun names it. */
export const MONEY_LIGHT_VERBS: ReadonlySet<string> = words('book, take, incur, suffer, face, expect, record, post, report, announce, flag, warn of, impose, levy, order, hand down');

/**
 * Verbs of money whose noun names the sum they take ("was fined £250,000" is the fine "a fine of
 * £300,000" gives; "invested £40m" the investment), by lemma.
 */
export const MONEY_VERB_NOUNS: ReadonlyMap<string, string> = new Map([
  ['fine', 'fine'], ['charge', 'charge'], ['bill', 'bill'], ['invest', 'investment'], ['compensate', 'compensation'],
  ['donate', 'donation'], ['award', 'award'], ['bid', 'bid'], ['borrow', 'loan'], ['lend', 'loan'], ['loan', 'loan'],
  ['fund', 'funding'], ['grant', 'grant'], ['settle', 'settlement'], ['penalise', 'penalty'], ['penalize', 'penalty'],
  ['save', 'saving'],
]);

/**
 * Nouns that name the one sum something costs a company, however the report words it: "a €85 million
 * charge", "a provision of €85 million", "the bill", "the cost" — mapped to one name.
 */
export const COST_NOUNS: ReadonlyMap<string, string> = new Map([
  ['cost', 'cost'], ['charge', 'cost'], ['provision', 'cost'], ['bill', 'cost'], ['expense', 'cost'],
]);

/** Verbs whose subject is what a sum after them is the price of: "the repairs will cost £3 million", "the painting fetched £2m". */
export const COST_VERBS: ReadonlySet<string> = words('cost, fetch');

/**
 * Verbs that say counted things go when the things are their subject: "600 jobs will go", "450 posts
 * will be lost", "200 roles will disappear" report the cut "will cut 600 jobs" reports, in the other voice.
 */
export const LOSS_VERBS: ReadonlySet<string> = words('go, disappear, vanish, lose');

/** Words right after a loss verb that make it a movement, not a loss: "600 fans will go to the final". */
export const MOVEMENT_AFTER: ReadonlySet<string> = words('to, into, on, onto, through, home, back, ahead, out, up, down, in, abroad, there');

/**
 * Verbs whose subject is the quantity a figure after them measures: "the toll rose to 27", "revenue
 * reached €4.2 billion", "the crew numbered 11".
 */
export const LEVEL_VERBS: ReadonlySet<string> = words(`
  rise, climb, increase, jump, grow, soar, surge, mount, fall, drop, decline, slip, slide, slump, plunge,
  reach, hit, stand, total, number, top, exceed, amount, come, be, remain, stay, hover, double, triple
`);

/**
 * Verbs of a trading day whose subject is the price or index a change or price after them measures:
 * "shares closed 2.1 percent lower", "the index ended the day 0.4% up", "the pound finished at $1.31".
 */
export const MARKET_VERBS: ReadonlySet<string> = words('close, end, finish, open, settle, trade');

/** Verbs whose object does what the infinitive after it says: "expects the ban to last", "asked workers to return". */
export const RAISING_VERBS: ReadonlySet<string> = words('expect, want, allow, ask, need, require, force, order, tell, urge, forecast, predict, estimate, project, believe, consider, leave, cause, persuade, permit, invite, encourage');

/** Level verbs that, followed by "to", mean a count went up: the earlier value was provisional ("rose to 27"). */
export const RISING_VERBS: ReadonlySet<string> = words('rise, climb, increase, jump, grow, soar, surge, mount, reach, double, triple');

/** Words and phrases that mark a figure as provisional: more may come ("so far", "at least", "initial"). */
export const PROVISIONAL_CUES: ReadonlySet<string> = words(`
  so far, to date, up to now, thus far, as yet, as of, preliminary, provisional, initial, first reports,
  at least, could rise, expected to rise, likely to rise, feared, still rising, latest
`);

/** Verbs after which "N to VERB" measures how long the VERB took: "needed four minutes to steal", "took 11 hours to reach". */
export const EFFORT_VERBS: ReadonlySet<string> = words('need, take, spend, require, have');

/** Verbs whose subject is what a duration after them measures: "the search lasted 14 hours". */
export const DURATION_VERBS: ReadonlySet<string> = words('last, take, run, go on, drag on, stretch, span, continue, burn, rage');

/**
 * Nouns that name a measured quantity, with the event and the counted thing they stand for: "a toll
 * of 41" counts people killed, "a crowd of 58,500" people attending.
 */
export const MEASURE_NOUNS: ReadonlyMap<string, { event: string; thing: string }> = new Map(
  [
    ['toll', 'kill', 'person'], ['death toll', 'kill', 'person'], ['fatality', 'kill', 'person'], ['death', 'kill', 'person'],
    ['injury', 'injure', 'person'], ['casualty', 'casualty', 'person'], ['survivor', 'rescue', 'person'],
    ['evacuee', 'evacuate', 'person'], ['arrest', 'arrest', 'person'],
    ['crowd', 'attend', 'spectator'], ['attendance', 'attend', 'spectator'], ['spectator', 'attend', 'spectator'],
    ['audience', 'watch', 'viewer'], ['viewership', 'watch', 'viewer'], ['viewer', 'watch', 'viewer'],
    ['workforce', 'employ', 'employee'], ['staff', 'employ', 'employee'], ['employee', 'employ', 'employee'],
    ['payroll', 'employ', 'employee'], ['layoff', 'cut', 'job'], ['redundancy', 'cut', 'job'],
    ['job loss', 'cut', 'job'], ['job cut', 'cut', 'job'],
  ].map(([noun, event, thing]) => [noun!, { event: event!, thing: thing! }]),
);

/** Nouns that make a count the margin of a result: "a majority of 4,100", "a two-goal win", "a lead of 12 points". */
export const MARGIN_NOUNS: ReadonlySet<string> = words('majority, margin, lead, victory, win, defeat, loss, gap, advantage');

/** Margin nouns that name a margin with any verb ("kept his seat with a margin of 1,240"); "job losses of 1,400" are no margin. */
export const MARGIN_MEASURES: ReadonlySet<string> = words('majority, margin, lead');

/** Nouns that only say "how many" ("a total of 40 people", "the number of people killed"): look past them. */
export const EMPTY_MEASURES: ReadonlySet<string> = words('total, number, figure, tally, count, sum, toll figure, estimate');

/** Nouns that name people, so coordinated counts of them add up to a number of people ("230 passengers and 12 crew"). */
export const HUMAN_NOUNS: ReadonlySet<string> = words(`
  person, people, passenger, crew, crew member, member, worker, employee, resident, child, adult, student,
  pupil, teacher, spectator, fan, supporter, survivor, victim, officer, soldier, civilian, migrant, refugee,
  pilgrim, tourist, miner, patient, staff, man, woman, boy, girl, player, protester, demonstrator, firefighter,
  driver, pilot, guest, visitor, villager, inhabitant, citizen, voter, delegate, athlete, runner, casualty
`);

/** Subjects that name nothing by themselves: pronouns, relatives and the "there" of "there were". */
export const PRONOUN_SUBJECTS: ReadonlySet<string> = words('it, they, he, she, we, i, you, this, that, these, those, which, who, there, one');

/** Relative pronouns that stand for the noun before them as their clause's subject ("the search, which lasted"). */
export const SUBJECT_RELATIVES: ReadonlySet<string> = words('which, who, that');

/** Relative pronouns and subordinators that open a clause of their own inside a sentence. */
export const CLAUSE_OPENERS: ReadonlySet<string> = words(`
  which, who, whom, whose, that, where, when, while, whereas, after, before, because, although, though, as,
  until, if, but, once, since
`);

/** Clause openers that are prepositions before a length of time ("after 38 hours", "until about two days ago"): no clause of their own. */
export const LENGTH_PREPOSITIONS: ReadonlySet<string> = words('after, before, until, since');

/** Words right after a duration that make it a point in time, not a length: "two days ago", "eight minutes left". */
export const TIME_REFERENCE_AFTER: ReadonlySet<string> = words('ago, later, earlier, from now, hence, left, remaining, to go, from time, into');

/**
 * Words right after a duration that make it the interval between two events when nothing before it makes it
 * a length ("the arrest came a day after the search", "a week before the vote"; but "lasted nine hours before
 * it was halted", "for the first time in 31 years after a win"). The time since a start an event noun names,
 * "69 minutes after take-off", is read first and compared.
 */
export const TIME_OFFSET_AFTER: ReadonlySet<string> = words('after, before');

/** Words right before a duration that make it a length whatever follows: "in 31 years", "for 14 days", "lasted nine hours". */
export const LENGTH_BEFORE: ReadonlySet<string> = words('in, for, over, during, within, of, lasted, lasting, lasts, last, took, taking, takes, spent, spend, waited, wait');

/** Words right before a duration that make it a point in time, not a length: "after 12 minutes", "within a week". */
export const TIME_REFERENCE_BEFORE: ReadonlySet<string> = words('after, within');

/** Nouns a company's results announcement is named by: one event whichever figure a source names. */
export const RESULTS_NOUNS: ReadonlySet<string> = words('result, earnings, profit, loss, revenue, sales, turnover, figure');

/** Words right after a duration that make it a delay: "25 minutes late". */
export const LATE_AFTER: ReadonlySet<string> = words('late, behind schedule, overdue, behind');

/**
 * A rate right after a figure ("a day", "per worker", "each month", "for each Pellow share"): group 1 is
 * what the figure is counted per.
 */
export const RATE_AFTER_FIGURE = /^\s*(?:a|an|per|each|every|for\s+(?:each|every)(?:\s+\p{Lu}[\p{L}'’-]*)?)\s+(day|week|month|quarter|year|hour|minute|worker|person|head|member|employee|household|annum|share|capita)\b/iu;

/** Rate words that name the same period as another ("per annum" is "a year"). */
export const RATE_SYNONYMS: ReadonlyMap<string, string> = new Map([['annum', 'year'], ['capita', 'person'], ['head', 'person']]);

/** Adjectives of a measured noun that give its rate, as the period they name ("annual savings", "daily output"). */
export const RATE_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['annual', 'year'], ['yearly', 'year'], ['annualised', 'year'], ['annualized', 'year'], ['monthly', 'month'],
  ['weekly', 'week'], ['daily', 'day'], ['hourly', 'hour'], ['quarterly', 'quarter'],
]);

/** Counted nouns that name the same things, mapped to one name for them. */
export const COUNT_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['vessel', 'ship'], ['boat', 'ship'], ['ship', 'ship'], ['ferry', 'ship'],
  ['plane', 'plane'], ['aircraft', 'plane'], ['jet', 'plane'], ['airliner', 'plane'], ['aeroplane', 'plane'], ['airplane', 'plane'],
  ['talk', 'session'], ['meeting', 'session'], ['session', 'session'], ['negotiation', 'session'], ['discussion', 'session'],
  ['people', 'person'], ['person', 'person'], ['individual', 'person'],
  ['fire', 'fire'], ['blaze', 'fire'], ['wildfire', 'fire'], ['bushfire', 'fire'], ['inferno', 'fire'],
  ['uav', 'drone'], ['drone', 'drone'], ['quake', 'earthquake'], ['earthquake', 'earthquake'],
  ['fan', 'spectator'], ['supporter', 'spectator'], ['spectator', 'spectator'], ['attendee', 'spectator'],
  ['job', 'job'], ['position', 'job'], ['post', 'job'],
  ['holding', 'stake'], ['shareholding', 'stake'], ['stake', 'stake'],
  ['item', 'item'], ['piece', 'item'], ['object', 'item'], ['artefact', 'item'], ['artifact', 'item'],
  ['shutdown', 'shutdown'], ['halt', 'shutdown'], ['stoppage', 'shutdown'], ['suspension', 'shutdown'],
  ['euro', 'EUR'], ['dollar', 'USD'],
]);

/** Counted nouns that may stand for each other in one story (the staff of a company, its employees). */
export const COUNT_FAMILIES: ReadonlyMap<string, string> = new Map([
  ['worker', 'workers'], ['employee', 'workers'], ['staff', 'workers'],
]);

/** The unit a figure of a kind is measured in when the extractor gives none. */
export const KIND_UNIT_DEFAULT: Readonly<Record<string, string>> = { percent: '%', duration: 'seconds', time: 'time of day' };

/** Units a duration is shown in, largest first, in seconds; a year is 365.25 days, as the figures extractor counts. */
export const DURATION_DISPLAY_UNITS: ReadonlyArray<readonly [number, string]> = [
  [31_557_600, 'year'],
  [2_629_800, 'month'],
  [86_400, 'day'],
  [3_600, 'hour'],
  [60, 'minute'],
  [1, 'second'],
];

/**
 * Verbs whose object names the act ("handed in his resignation", "tendered her resignation"): the date
 * dates the act the object names, as if its verb were written.
 */
export const SUPPORT_VERBS: ReadonlySet<string> = words('hand, hand in, tender, submit');

/**
 * Nouns beside an amount that never name what it measures: a time of day or a period ("to 6.25% this
 * afternoon"), a unit of change ("by 50 basis points to 6.25%": the points are the step, not the rate).
 */
export const UNMEASURED_NOUNS: ReadonlySet<string> = words('morning, afternoon, evening, night, today, tonight, weekend, point, percentage point, basis point, bp');

/** Nouns whose value is itself a percentage, a level rather than a share of them: a label reads "the rate", never "the share of rate". */
export const LEVEL_NOUNS: ReadonlySet<string> = words('rate, yield, inflation, growth, unemployment, turnout, target, tax, tariff, margin, return, forecast, deficit, interest, approval, rating, stake, premium, discount, rise, increase, raise, hike, cut, reduction, majority, share, proportion, percentage, commission, levy, surcharge, markup, rebate, royalty, dividend, quota');

/**
 * A change in percent that has a name of its own: a rise in prices is inflation ("prices were 8.4% higher
 * than a year before" is "inflation of 8.4%"), a rise in output is growth. Keyed by the measured thing and
 * the direction of its change.
 */
export const NAMED_CHANGES: ReadonlyMap<string, string> = new Map([
  ['price:rise', 'inflation'], ['consumer price:rise', 'inflation'], ['cost of living:rise', 'inflation'],
  ['economy:rise', 'growth'], ['gdp:rise', 'growth'], ['output:rise', 'growth'],
]);

/**
 * Stocks a sum is drawn from, and the verbs that draw on them: "sold 1.2 billion euros of its reserves",
 * "spent 2.1 billion euros of its reserves", "used €900m of the fund" all run the stock down by that sum.
 */
export const STOCK_NOUNS: ReadonlySet<string> = words('reserve, saving, stockpile, fund, buffer, war chest, cash pile, rainy-day fund');
export const STOCK_DRAW_VERBS: ReadonlySet<string> = words('sell, spend, use, burn, burn through, draw, draw down, run down, deplete, dip into, tap, offload, sell off');

/** Words before a count that make it the whole of what it counts ("all 86 bus routes", "all of the 40 stations"). */
export const WHOLE_BEFORE = /\ball\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$/i;

/**
 * Units a quantity is defined by: a speed is one thing in a story ("was doing 121 km/h", "travelling at
 * 112 km/h", "hit 112 km/h"), whatever verb carries it, unless a word says which speed it is.
 */
export const SPEED_UNITS: ReadonlySet<string> = words('kilometers per hour, miles per hour, knots');

/**
 * Words beside a speed that say which speed it is, and the name each gives it: a limit is not the speed
 * driven, a gust not the wind's steady speed ("the 60 km/h limit", "is limited to 60 km/h", "gusts of 120 km/h").
 */
export const SPEED_KINDS: ReadonlyMap<string, string> = new Map([
  ['limit', 'speed limit'], ['limits', 'speed limit'], ['limited', 'speed limit'], ['restriction', 'speed limit'], ['restricted', 'speed limit'],
  ['maximum', 'top speed'], ['top', 'top speed'], ['average', 'average speed'], ['averaging', 'average speed'], ['averaged', 'average speed'],
  ['gust', 'gusts'], ['gusts', 'gusts'], ['gusting', 'gusts'], ['wind', 'wind speed'], ['winds', 'wind speed'], ['sustained', 'wind speed'],
]);

/** Units of length: a length is a distance, a depth or a height, whatever happened at it. */
export const LENGTH_UNITS: ReadonlySet<string> = words('kilometers, meters, miles, feet, yards');

/**
 * Words after a length that make it a distance from what follows them ("4 km short of the runway",
 * "3 kilometres from the town", "20 miles north of the capital"), longest first.
 */
export const DISTANCE_WORDS: readonly string[] = [
  'away from', 'short of', 'from', 'off', 'outside', 'beyond', 'past',
  'north of', 'south of', 'east of', 'west of', 'northeast of', 'northwest of', 'southeast of', 'southwest of',
  'north-east of', 'north-west of', 'south-east of', 'south-west of', 'inland from', 'offshore from',
];

/** Words after a length that make it a depth ("850 metres below ground", "600 metres down"). */
export const DEPTH_WORDS: readonly string[] = [
  'below the surface', 'beneath the surface', 'under the surface', 'below ground', 'beneath the ground', 'below the ground',
  'under ground', 'underground', 'below sea level', 'under water', 'underwater', 'down', 'deep', 'below',
];

/** Words after a length that make it a height ("300 metres high", "40 feet above the ground"). */
export const HEIGHT_WORDS: readonly string[] = ['above the ground', 'above ground', 'above sea level', 'high', 'tall', 'in the air', 'up'];

/** Words after a duration that make it the time since the event the noun after them names ("69 minutes after take-off", "50 minutes into the flight"). */
export const TIME_SINCE_WORDS: readonly string[] = ['after', 'into', 'since'];

/** Words after a duration that make it the time left before an event ("six minutes before landing"). */
export const TIME_BEFORE_WORDS: readonly string[] = ['before', 'ahead of', 'short of'];

/**
 * Events named by their start or by the whole, folded to the whole: the time after take-off is the time
 * into the flight, the time after kick-off the time into the match.
 */
export const EVENT_STARTS: ReadonlyMap<string, string> = new Map([
  ['take-off', 'flight'], ['takeoff', 'flight'], ['lift-off', 'flight'], ['liftoff', 'flight'], ['departure', 'flight'], ['flight', 'flight'],
  ['journey', 'flight'], ['trip', 'flight'], ['voyage', 'flight'], ['crossing', 'flight'],
  ['kick-off', 'match'], ['kickoff', 'match'], ['match', 'match'], ['game', 'match'], ['start', 'start'],
]);

/** Words before the noun after a distance or time word that say nothing about it ("from the town", "into its flight"). */
export const PHRASE_DETERMINERS: ReadonlySet<string> = words('the, a, an, its, their, his, her, our, this, that');

/** Words that end the noun phrase after a distance or time word ("from the runway at …", "after take-off and …"). */
export const PHRASE_ENDS: ReadonlySet<string> = words('at, in, on, of, and, or, where, when, while, as, to, by, with, after, before, but, which, that, near');

/** Words that stand for something named elsewhere: no event is named by them after "after" or "into". */
export const REFERRING_WORDS: ReadonlySet<string> = words('it, he, she, they, we, i, you, this, that, which, what, each, both');

/**
 * The parts of a vote's tally, by the words around a count: "by 198 votes to 176" (for, then against),
 * "197 in favour", "176 against", "12 abstentions", "nine deputies abstained". The nouns and verbs of
 * abstaining, lower-case stems.
 */
export const ABSTAIN_WORDS = /^(?:abstention|abstentions|abstain|abstained|abstaining|abstains)$/;

/** An ordinal round of voting named in a text: "the second round", "In the third vote", "the final ballot". */
export const VOTE_ROUND = /\b(first|second|third|fourth|fifth|final|last|decisive|\d+(?:st|nd|rd|th))\s+(?:\p{L}+\s+)?(?:round|vote|ballot|reading)s?\b/giu;
