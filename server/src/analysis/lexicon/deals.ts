// The words of deals, bids and stakes in business news: what names the value of a deal ("a $2.9 billion
// offer", "values the company at", "agreed to pay … for"), and the verbs of owning part of a company
// ("owns 12 percent of"). General English business vocabulary.

import { wordSet as words } from './wordSet';

/** Nouns naming a deal whose value a sum gives: "a £2.3 billion offer", "a deal worth $40m", "the takeover, worth …". */
export const DEAL_NOUNS: ReadonlySet<string> = words(`
  deal, offer, bid, takeover, acquisition, purchase, buyout, merger, approach, proposal, transaction, counterbid,
  counter-offer, valuation, price tag
`);

/** Verbs whose sum after "at" is what a deal values a company at: "valuing the miner at $3.1 billion". */
export const VALUE_VERBS: ReadonlySet<string> = words('value, price');

/** Verbs whose sum is the price a bidder offers or pays: "offered 790p a share", "will pay £2.3 billion for the group". */
export const PRICE_VERBS: ReadonlySet<string> = words('offer, bid, pay');

/** Verbs of holding part of a company: "owns 12 percent of Pellow" is its stake. */
export const OWNERSHIP_VERBS: ReadonlySet<string> = words('own, hold, control, have');

/**
 * Verbs that revise a figure someone set ("raised its offer to", "cut its forecast to"), with the way
 * they move it: the value before the revision lies on the other side.
 */
export const REVISION_VERBS: ReadonlyMap<string, 'up' | 'down' | 'either'> = new Map([
  ['raise', 'up'], ['lift', 'up'], ['increase', 'up'], ['improve', 'up'], ['sweeten', 'up'], ['boost', 'up'],
  ['up', 'up'], ['hike', 'up'], ['bump', 'up'], ['top up', 'up'], ['cut', 'down'], ['lower', 'down'],
  ['reduce', 'down'], ['trim', 'down'], ['slash', 'down'], ['revise', 'either'], ['amend', 'either'], ['change', 'either'],
]);

/** A percentage right before these words is a premium or discount to a price: "38% above the share price". */
export const PREMIUM_AFTER = /^\s+(above|below)\b/i;

/**
 * Nouns that name the deal itself as one act (what closes, completes, is approved): the words a story's
 * reports use for its one deal. Not an offer or a bid, of which a story may hold several.
 */
export const DEAL_ACT_NOUNS: ReadonlySet<string> = words(`
  deal, takeover, acquisition, buyout, merger, transaction
`);
