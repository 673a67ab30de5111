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
  /** Per problem code severity overrides; not yet contributed in the manifest. */
  problemSeverity: Partial<Record<ProblemCode, SeveritySetting>>;
}

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
  problemSeverity: {},
};

const SEVERITIES: readonly string[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Turns whatever the client sent for the `newslens` section into complete, valid settings. */
export function normalizeSettings(raw: unknown): NewsLensSettings {
  const r = isObject(raw) ? raw : {};
  const files = isObject(r['files']) ? r['files'] : {};
  const maxFileSize = r['maxFileSize'];
  const severity: Partial<Record<ProblemCode, SeveritySetting>> = {};
  const rawSeverity = isObject(r['problems']) && isObject(r['problems']['severity']) ? r['problems']['severity'] : {};
  for (const [code, value] of Object.entries(rawSeverity)) {
    if (typeof value === 'string' && SEVERITIES.includes(value)) severity[code as ProblemCode] = value as SeveritySetting;
  }
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
    problemSeverity: severity,
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

  constructor(
    private readonly connection: Connection,
    private readonly canPull: () => boolean,
  ) {}

  /** A number that changes whenever settings may have changed; analysis caches key on it. */
  get version(): number {
    return this.generation;
  }

  get(uri: string): Promise<NewsLensSettings> {
    if (!this.canPull()) return Promise.resolve(this.pushed);
    let p = this.perResource.get(uri);
    if (!p) {
      p = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'newslens' })
        .then(normalizeSettings, (err: unknown) => {
          this.connection.console.warn(`NewsLens: could not read settings for ${uri}: ${String(err)}`);
          return DEFAULT_SETTINGS;
        });
      this.perResource.set(uri, p);
    }
    return p;
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
