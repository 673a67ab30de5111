// A preload (node --require out/test/support/shiftClock.js) that moves the clock the process sees to
// 15 June 2031: `new Date()`, `Date()` and `Date.now()` report that day, still ticking; dates built from
// given values are untouched. Tests run the command line with it to show no output depends on the clock.

const RealDate = Date;
/** How far the clock is moved: from now to 15 June 2031, noon UTC. */
const OFFSET = RealDate.UTC(2031, 5, 15, 12) - RealDate.now();

class ShiftedDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(RealDate.now() + OFFSET);
    else super(...(args as [string | number | Date]));
  }

  static override now(): number {
    return RealDate.now() + OFFSET;
  }
}

// Date() called as a function returns the current time as a string.
globalThis.Date = new Proxy(ShiftedDate, { apply: () => new ShiftedDate().toString() }) as DateConstructor;
