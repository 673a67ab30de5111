// The extension's settings as the server sees them: read per resource through workspace/configuration
// (every setting is resource-scoped), checked and defaulted here, cached per URI only until the next
// workspace/didChangeConfiguration. To add a setting: declare it under contributes.configuration in
// package.json, add it to NewsLensSettings and DEFAULT_SETTINGS, and read it in normalizeSettings.

import type { Connection } from 'vscode-languageserver';
import type { ProblemCode, Problem } from './analysis/types';

export type SeverityName = Problem['severity'];
export type SeveritySetting = SeverityName | 'off';

export interface NewsLensSettings {
  /** Master switch: when false the server analyses nothing for this resource. */
  enable: boolean;
  files: {
    /** Globs a file must match to be treated as an article (`news` documents always are). */
    include: string[];
    /** Globs that rule a file out, even a `news` document. */
    exclude: string[];
  };
  /** Files larger than this many bytes are not analysed. */
  maxFileSize: number;
  /**
   * Per check severity overrides (`newslens.severity.<check-id>`): cross-source checks and the
   * per-article problem codes alike. A missing entry means the check's default severity.
   */
  severity: Record<string, SeveritySetting>;
  /** Kept for compatibility: the per-article problem codes' part of `severity`. */
  problemSeverity: Partial<Record<ProblemCode, SeveritySetting>>;
  stories: {
    /** 0..1, how similar two articles must be to count as one story; undefined: the engine's default. */
    threshold: number | undefined;
  };
  diagnostics: {
    /** 'workspace': every article of every story gets diagnostics; 'openFiles': only open editors. */
    scope: DiagnosticsScope;
  };
}

export type DiagnosticsScope = 'workspace' | 'openFiles';

export const DEFAULT_INCLUDE = ['**/*.news', '**/*.article', '**/*.txt'];
export const DEFAULT_EXCLUDE = [
  '**/node_modules/**',
  '**/.git/**',
  '**/out/**',
  '**/dist/**',
  '**/build/**',
  '**/.venv/**',
  '**/venv/**',
  '**/site-packages/**',
  '**/requirements*.txt',
  '**/constraints*.txt',
  '**/LICENSE*',
  '**/LICENCE*',
  '**/COPYING*',
  '**/NOTICE*',
  '**/CMakeLists.txt',
  '**/CMakeCache.txt',
  '**/robots.txt',
];

export const DEFAULT_SETTINGS: NewsLensSettings = {
  enable: true,
  files: { include: DEFAULT_INCLUDE, exclude: DEFAULT_EXCLUDE },
  maxFileSize: 2 * 1024 * 1024,
  severity: {},
  problemSeverity: {},
  stories: { threshold: undefined },
  diagnostics: { scope: 'workspace' },
};

const SEVERITIES: readonly string[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Turns whatever the client sent for the `newslens` section into complete, valid settings. */
export function normalizeSettings(raw: unknown): NewsLensSettings {
  const r = isObject(raw) ? raw : {};
  const files = isObject(r['files']) ? r['files'] : {};
  const maxFileSize = r['maxFileSize'];
  const severity: Record<string, SeveritySetting> = {};
  // `newslens.problems.severity.<code>` (older name) first, `newslens.severity.<check-id>` wins.
  const legacy = isObject(r['problems']) && isObject(r['problems']['severity']) ? r['problems']['severity'] : {};
  const current = isObject(r['severity']) ? r['severity'] : {};
  for (const [code, value] of [...Object.entries(legacy), ...Object.entries(current)]) {
    if (typeof value === 'string' && SEVERITIES.includes(value)) severity[code] = value as SeveritySetting;
  }
  const stories = isObject(r['stories']) ? r['stories'] : {};
  const threshold = stories['threshold'];
  const diagnostics = isObject(r['diagnostics']) ? r['diagnostics'] : {};
  return {
    enable: typeof r['enable'] === 'boolean' ? r['enable'] : DEFAULT_SETTINGS.enable,
    files: {
      include: stringArray(files['include']) ?? DEFAULT_SETTINGS.files.include,
      exclude: stringArray(files['exclude']) ?? DEFAULT_SETTINGS.files.exclude,
    },
    maxFileSize:
      typeof maxFileSize === 'number' && Number.isFinite(maxFileSize) && maxFileSize > 0
        ? Math.floor(maxFileSize)
        : DEFAULT_SETTINGS.maxFileSize,
    severity,
    problemSeverity: severity as Partial<Record<ProblemCode, SeveritySetting>>,
    stories: {
      threshold:
        typeof threshold === 'number' && Number.isFinite(threshold) ? Math.min(1, Math.max(0, threshold)) : undefined,
    },
    diagnostics: { scope: diagnostics['scope'] === 'openFiles' ? 'openFiles' : 'workspace' },
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringArray(v: unknown): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return v.filter((x): x is string => typeof x === 'string' && x.trim() !== '');
}

/**
 * Settings per resource. With a client that supports workspace/configuration the settings are pulled
 * per URI (so folder settings in a multi-root workspace apply); otherwise the last settings pushed with
 * workspace/didChangeConfiguration apply to every resource.
 */
export class SettingsStore {
  private readonly perResource = new Map<string, Promise<NewsLensSettings>>();
  private pushed: NewsLensSettings = DEFAULT_SETTINGS;
  private generation = 0;

  /**
   * `scopeOf` maps a URI to the scope its settings are read for: the workspace folder holding it (all
   * files of a folder share resource settings, so a workspace of 1,000 articles costs one
   * workspace/configuration request per folder, not per file), or the URI itself.
   */
  constructor(
    private readonly connection: Connection,
    private readonly canPull: () => boolean,
    private readonly scopeOf: (uri: string) => string | undefined = () => undefined,
  ) {}

  /** A number that changes whenever settings may have changed; analysis caches key on it. */
  get version(): number {
    return this.generation;
  }

  get(uri: string): Promise<NewsLensSettings> {
    if (!this.canPull()) return Promise.resolve(this.pushed);
    const scope = this.scopeOf(uri) ?? uri;
    let p = this.perResource.get(scope);
    if (!p) {
      p = this.connection.workspace
        .getConfiguration({ scopeUri: scope, section: 'newslens' })
        .then(normalizeSettings, (err: unknown) => {
          this.connection.console.warn(`NewsLens: could not read settings for ${uri}: ${String(err)}`);
          return DEFAULT_SETTINGS;
        });
      this.perResource.set(scope, p);
    }
    return p;
  }

  /**
   * The settings in force for the given URIs' scopes, as one string: two equal keys mean the server would
   * behave the same. A configuration notification whose key did not change needs no new index (VS Code
   * sends one as soon as the server registers for them, right after the first scan started).
   */
  async key(uris: readonly string[]): Promise<string> {
    const scopes = [...new Set(uris.map((u) => this.scopeOf(u) ?? u))].sort();
    const values = await Promise.all(scopes.map((scope) => this.get(scope)));
    return JSON.stringify(scopes.map((scope, i) => [scope, values[i]]));
  }

  /** Called on workspace/didChangeConfiguration with the `newslens` section the client pushed, if any. */
  changed(pushedSection: unknown): void {
    if (!this.canPull()) this.pushed = normalizeSettings(pushedSection);
    this.invalidate();
  }

  /** Forgets everything read so far (settings, or the workspace folders they depend on, changed). */
  invalidate(): void {
    this.generation++;
    this.perResource.clear();
  }

  /** Called when a document closes: its settings are read afresh next time. */
  forget(uri: string): void {
    this.perResource.delete(uri);
  }
}
