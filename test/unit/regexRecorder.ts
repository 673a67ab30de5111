// Records the source and flags of every RegExp built with `new RegExp(...)` (or `RegExp(...)`) from the
// moment this module is loaded. A test imports it FIRST, before any module of the project, so that the
// patterns modules build at load time from word lists are recorded too; redos.test.ts then checks each
// recorded pattern with a ReDoS checker. Literal regexes are collected from the sources instead.

export interface RecordedRegExp {
  source: string;
  flags: string;
}

const recorded = new Map<string, RecordedRegExp>();
const Original = globalThis.RegExp;

/** The file a stack frame runs in ("    at f (/x/y.js:1:2)" -> "/x/y.js"). */
function frameFile(frame: string | undefined): string {
  const f = (frame ?? '').trim();
  const open = f.lastIndexOf('(');
  const location = open >= 0 ? f.slice(open + 1, f.endsWith(')') ? -1 : undefined) : f.slice(f.indexOf(' ') + 1);
  // Drop ":line:column".
  return location.split(':').slice(0, -2).join(':');
}

/**
 * Only patterns built by the project are recorded: tests are bundled with the project's sources, so
 * the caller runs in the same file as this recorder, while test tools (ESLint, TypeScript) are loaded
 * from node_modules and run in their own files.
 */
function builtByProject(): boolean {
  const frames = (new Error().stack ?? '').split('\n');
  // frames: "Error", builtByProject, remember, the trap, the caller.
  const own = frameFile(frames[1]);
  return own !== '' && frameFile(frames[4]) === own;
}

function remember(pattern: unknown, flags: unknown): void {
  if (!builtByProject()) return;
  // Copying a RegExp (new RegExp(re)) keeps its source; only strings carry new syntax.
  const source = pattern instanceof Original ? pattern.source : String(pattern);
  const f = typeof flags === 'string' ? flags : pattern instanceof Original ? pattern.flags : '';
  recorded.set(`${f}/${source}`, { source, flags: f });
}

globalThis.RegExp = new Proxy(Original, {
  construct(target, args: unknown[], newTarget) {
    remember(args[0], args[1]);
    return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget) as object;
  },
  apply(target, thisArg, args: unknown[]) {
    remember(args[0], args[1]);
    return Reflect.apply(target, thisArg, args) as unknown;
  },
});

/** Every distinct pattern built at run time so far. */
export function recordedRegExps(): RecordedRegExp[] {
  return [...recorded.values()];
}
