// The extension manifest (package.json `contributes`) against the code it describes: the check
// registry's severity settings, the server's settings defaults and token legend, the commands the
// client registers, the grammar and language configuration, and the colours the default themes give
// each token type (when the cached code-server with its theme files is present).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CHECK_INFO } from '../../server/src/analysis/cross/checks/index';
import { DEFAULT_STORY_THRESHOLD } from '../../server/src/analysis/cross/engine';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../../server/src/semanticTokens';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_SETTINGS } from '../../server/src/settings';

function findRoot(): string {
  let dir = __dirname;
  for (;;) {
    const p = join(dir, 'package.json');
    if (existsSync(p) && (JSON.parse(readFileSync(p, 'utf8')) as { name?: string }).name === 'newslens') return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('repository root not found');
    dir = up;
  }
}
const ROOT = findRoot();
/* eslint-disable @typescript-eslint/no-explicit-any */
const readJson = (p: string): any => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));

const pkg: any = readJson('package.json');
const contributes: any = pkg.contributes;
const settings: Record<string, any> = contributes.configuration.properties;
const SEVERITIES = ['off', 'hint', 'information', 'warning', 'error'];

test('every registered check has a newslens.severity.<id> setting with its default, the severity enum and its description', () => {
  assert.ok(CHECK_INFO.length > 0, 'the check registry is empty');
  for (const check of CHECK_INFO) {
    const s = settings[`newslens.severity.${check.id}`];
    assert.ok(s, `no setting newslens.severity.${check.id}`);
    assert.equal(s.type, 'string');
    assert.deepEqual(s.enum, SEVERITIES, check.id);
    assert.equal(s.default, check.defaultSeverity, `default severity of ${check.id}`);
    assert.ok(String(s.markdownDescription).includes(check.description), `description of ${check.id} is not the registry's`);
  }
});

test('no severity setting for a check the registry does not have', () => {
  const ids = new Set(CHECK_INFO.map((c) => c.id));
  const stale = Object.keys(settings)
    .filter((k) => k.startsWith('newslens.severity.'))
    .map((k) => k.slice('newslens.severity.'.length))
    .filter((id) => !ids.has(id));
  assert.deepEqual(stale, []);
});

test('every setting is resource-scoped, documented, and its default is the server default', () => {
  for (const [key, s] of Object.entries(settings)) {
    assert.ok(key.startsWith('newslens.'), key);
    assert.equal(s.scope, 'resource', `${key} is not resource-scoped`);
    assert.ok(s.markdownDescription || s.description, `${key} has no description`);
    assert.ok('default' in s, `${key} has no default`);
  }
  assert.equal(settings['newslens.enable'].default, DEFAULT_SETTINGS.enable);
  assert.deepEqual(settings['newslens.files.include'].default, DEFAULT_INCLUDE);
  assert.deepEqual(settings['newslens.files.exclude'].default, DEFAULT_EXCLUDE);
  assert.equal(settings['newslens.maxFileSize'].default, DEFAULT_SETTINGS.maxFileSize);
  assert.equal(settings['newslens.stories.threshold'].default, DEFAULT_STORY_THRESHOLD);
  assert.equal(settings['newslens.stories.threshold'].minimum, 0);
  assert.equal(settings['newslens.stories.threshold'].maximum, 1);
  assert.deepEqual(settings['newslens.diagnostics.scope'].enum, ['workspace', 'openFiles']);
  assert.equal(settings['newslens.diagnostics.scope'].default, DEFAULT_SETTINGS.diagnostics.scope);
});

test('semantic token types and modifiers are exactly the server legend, each type with a superType', () => {
  const types: any[] = contributes.semanticTokenTypes;
  assert.deepEqual(types.map((t) => t.id).sort(), [...TOKEN_TYPES].sort());
  for (const t of types) {
    assert.ok(t.description, `${t.id} has no description`);
    assert.ok(t.superType, `${t.id} has no superType`);
  }
  assert.deepEqual(contributes.semanticTokenModifiers.map((m: any) => m.id).sort(), [...TOKEN_MODIFIERS].sort());
  const scopes = contributes.semanticTokenScopes[0].scopes as Record<string, string[]>;
  for (const t of TOKEN_TYPES) assert.ok(scopes[t]?.length, `no TextMate scope for ${t}`);
  for (const selector of Object.keys(scopes)) {
    const [type, ...mods] = selector.split('.');
    assert.ok((TOKEN_TYPES as readonly string[]).includes(type!), `scope selector ${selector}: unknown type`);
    for (const m of mods) assert.ok((TOKEN_MODIFIERS as readonly string[]).includes(m), `scope selector ${selector}: unknown modifier`);
  }
});

test('every command has the NewsLens category, a title, is registered by the client, and menus name only these', () => {
  const commands: any[] = contributes.commands;
  assert.ok(commands.length >= 6);
  const source = readFileSync(join(ROOT, 'client/src/extension.ts'), 'utf8');
  const ids = new Set<string>();
  for (const c of commands) {
    assert.equal(c.category, 'NewsLens', c.command);
    assert.ok(c.title && !c.title.startsWith('NewsLens'), `${c.command}: title`);
    assert.ok(source.includes(`registerCommand('${c.command}'`), `${c.command} is not registered in client/src/extension.ts`);
    ids.add(c.command);
  }
  for (const id of ['newslens.compareWithSource', 'newslens.compareTextWithSource', 'newslens.showStoryReport', 'newslens.showOutput']) {
    assert.ok(ids.has(id), id);
  }
  for (const [menu, entries] of Object.entries(contributes.menus as Record<string, any[]>)) {
    for (const e of entries) assert.ok(ids.has(e.command), `${menu}: unknown command ${e.command}`);
  }
  // Article commands show in the palette only for articles; compare is in the title bar and Explorer.
  const palette = new Map((contributes.menus.commandPalette as any[]).map((e) => [e.command, e.when]));
  for (const id of ['newslens.compareWithSource', 'newslens.compareTextWithSource', 'newslens.showStoryReport']) {
    assert.match(String(palette.get(id)), /editorLangId == news/, id);
    assert.match(String(palette.get(id)), /resourceExtname =~/, id);
  }
  assert.ok(!palette.has('newslens.showOutput'), 'Show Output is always available');
  assert.ok(contributes.menus['editor/title'].some((e: any) => e.command === 'newslens.compareWithSource'));
  assert.ok(contributes.menus['explorer/context'].some((e: any) => e.command === 'newslens.compareWithSource'));
});

function version(v: string): number[] {
  // The leftmost match never starts inside a run of digits, so the lookbehind changes nothing but the speed.
  const m = /(?<!\d)(\d+)\.(\d+)\.(\d+)/.exec(v);
  assert.ok(m, `not a version: ${v}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}
function compare(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

test('@types/vscode is not newer than engines.vscode', () => {
  const engine = version(pkg.engines.vscode);
  assert.ok(compare(version(pkg.devDependencies['@types/vscode']), engine) <= 0);
  const installed = join(ROOT, 'node_modules/@types/vscode/package.json');
  if (existsSync(installed)) assert.ok(compare(version(JSON.parse(readFileSync(installed, 'utf8')).version), engine) <= 0);
  assert.ok(compare(engine, [1, 100, 3]) <= 0, 'engines.vscode must allow VS Code 1.100.3');
});

test('activation, entry point and the news language', () => {
  assert.equal(pkg.main, './dist/client.js');
  for (const e of ['onLanguage:news', 'onLanguage:plaintext', 'workspaceContains:**/*.news', 'workspaceContains:**/*.article']) {
    assert.ok(pkg.activationEvents.includes(e), e);
  }
  // Opening a folder of articles starts the index (the Problems panel fills with no article open): every
  // default include pattern activates the extension.
  for (const glob of contributes.configuration.properties['newslens.files.include'].default as string[]) {
    assert.ok(pkg.activationEvents.includes(`workspaceContains:${glob}`), `workspaceContains:${glob}`);
  }
  const langs: any[] = contributes.languages;
  const news = langs.find((l) => l.id === 'news');
  assert.ok(news);
  assert.deepEqual([...news.extensions].sort(), ['.article', '.news']);
  assert.ok(news.aliases.length > 0);
  const config = readJson(news.configuration);
  const pairs = (config.autoClosingPairs as Array<{ open: string; close: string }>).map((p) => p.open + p.close);
  for (const p of ['“”', '‘’', '""']) assert.ok(pairs.includes(p), `auto-closing ${p}`);
  assert.ok((config.brackets as string[][]).some(([a, b]) => a === '“' && b === '”'));
  // An apostrophe is not a bracket: ’ must not be matched or coloured as one.
  assert.ok(!(config.brackets as string[][]).some(([, b]) => b === '’'));
  new RegExp(config.wordPattern, 'g');
  // Articles are long single-line paragraphs: word wrap on for the news language and for plain-text
  // files (.txt articles are plaintext). Sticky scroll off for both: it pins the lines where the
  // outline's groups start (People, Quotes) above the text while one reads. Nothing else is changed
  // for plain text.
  assert.equal(contributes.configurationDefaults['[news]']['editor.wordWrap'], 'on');
  assert.equal(contributes.configurationDefaults['[news]']['editor.stickyScroll.enabled'], false);
  assert.deepEqual(Object.keys(contributes.configurationDefaults).sort(), ['[news]', '[plaintext]', 'editor.semanticTokenColorCustomizations']);
  assert.deepEqual(contributes.configurationDefaults['[plaintext]'], { 'editor.wordWrap': 'on', 'editor.stickyScroll.enabled': false });
});

test('grammar: parses, scopeName source.news, contributed for the news language', () => {
  const [g] = contributes.grammars as any[];
  assert.equal(g.language, 'news');
  assert.equal(g.scopeName, 'source.news');
  const grammar = readJson(g.path);
  assert.equal(grammar.scopeName, 'source.news');
  for (const key of ['quotes', 'figures', 'dates', 'dateline', 'headline']) assert.ok(grammar.repository[key], key);
  // Every include points at an existing repository entry.
  const includes = JSON.stringify(grammar).match(/"include":"#[^"]+"/g) ?? [];
  for (const inc of includes) assert.ok(grammar.repository[inc.slice(12, -1)], inc);
});

test('the files the manifest and the report refer to exist and ship in the .vsix', () => {
  for (const p of ['language-configuration.json', 'syntaxes/news.tmLanguage.json', 'media/report.js', 'media/report.css', pkg.icon]) {
    assert.ok(existsSync(join(ROOT, p)), p);
  }
  const ignore = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim());
  for (const p of ['!language-configuration.json', '!media/**', '!syntaxes/**']) assert.ok(ignore.includes(p), `.vscodeignore: ${p}`);
});

// ---- Real VS Code themes and TextMate engine from the cached code-server (skipped when absent) ----

const VSCODE = join(ROOT, '.cache/code-server/node_modules/code-server/lib/vscode');
const THEMES = join(VSCODE, 'extensions/theme-defaults/themes');

interface Rule {
  scope?: string | string[];
  settings: { foreground?: string; fontStyle?: string };
}
function themeRules(file: string): Rule[] {
  const t = JSON.parse(readFileSync(join(THEMES, file), 'utf8')) as { include?: string; tokenColors?: Rule[] };
  return [...(t.include ? themeRules(t.include.replace(/^\.\//, '')) : []), ...(t.tokenColors ?? [])];
}
/** The colour a theme gives one probe scope, as VS Code's resolveScopes does (longest prefix wins, later wins ties). */
function colour(rules: Rule[], scope: string): string | undefined {
  let best: string | undefined;
  let score = -1;
  for (const r of rules) {
    const selectors = Array.isArray(r.scope) ? r.scope : String(r.scope ?? '').split(',');
    for (const sel of selectors.map((s) => s.trim())) {
      if (!sel || sel.includes(' ')) continue;
      if ((scope === sel || scope.startsWith(sel + '.')) && r.settings.foreground && sel.split('.').length >= score) {
        best = r.settings.foreground.toLowerCase();
        score = sel.split('.').length;
      }
    }
  }
  return best;
}

/** The label of each default theme, as the settings' "[theme]" keys name it. */
const THEME_LABELS: Record<string, string> = {
  'dark_modern.json': 'Default Dark Modern',
  'light_modern.json': 'Default Light Modern',
  'hc_black.json': 'Default High Contrast',
  'hc_light.json': 'Default High Contrast Light',
};

/** The colour the extension's default semantic token customisations give a token type in a theme, if any. */
function customColour(theme: string, type: string): string | undefined {
  const custom = (contributes.configurationDefaults['editor.semanticTokenColorCustomizations'] ?? {}) as Record<string, { rules?: Record<string, string> }>;
  for (const [key, value] of Object.entries(custom)) {
    if (key.includes(`[${THEME_LABELS[theme]}]`) && value.rules?.[type]) return value.rules[type]!.toLowerCase();
  }
  return undefined;
}

/** The hue of a #rrggbb colour, in degrees. */
function hue(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

test('the default themes colour the seven token types distinctly, dates and other names in different hues', { skip: !existsSync(THEMES) && 'no cached code-server (node scripts/e2e/setup.mjs)' }, () => {
  const scopes = contributes.semanticTokenScopes[0].scopes as Record<string, string[]>;
  for (const theme of Object.keys(THEME_LABELS)) {
    const rules = themeRules(theme);
    const colours = TOKEN_TYPES.map((t) => customColour(theme, t) ?? colour(rules, scopes[t]![0]!));
    for (const [i, c] of colours.entries()) assert.ok(c, `${theme}: no colour for ${TOKEN_TYPES[i]}`);
    const shown = TOKEN_TYPES.map((t, i) => `${t}=${colours[i]}`).join(' ');
    assert.equal(new Set(colours).size, TOKEN_TYPES.length, `${theme}: ${shown}`);
    // Dates and nationalities were both blue: not just different codes, different hues.
    const date = colours[TOKEN_TYPES.indexOf('date')]!;
    const other = colours[TOKEN_TYPES.indexOf('otherEntity')]!;
    const apart = Math.abs(hue(date) - hue(other));
    assert.ok(Math.min(apart, 360 - apart) >= 60, `${theme}: date ${date} and other names ${other} are ${Math.round(apart)}° apart (${shown})`);
  }
});

test('the grammar tokenises a news article as intended (vscode-textmate)', { skip: !existsSync(join(VSCODE, 'node_modules/vscode-textmate')) && 'no cached code-server' }, async () => {
  const req = require as NodeJS.Require;
  const tm = req(join(VSCODE, 'node_modules/vscode-textmate'));
  const onig = req(join(VSCODE, 'node_modules/vscode-oniguruma'));
  await onig.loadWASM(readFileSync(join(VSCODE, 'node_modules/vscode-oniguruma/release/onig.wasm')).buffer);
  const registry = new tm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new onig.OnigScanner(p), createOnigString: (s: string) => new onig.OnigString(s) }),
    loadGrammar: async () => tm.parseRawGrammar(readFileSync(join(ROOT, 'syntaxes/news.tmLanguage.json'), 'utf8'), 'news.tmLanguage.json'),
  });
  const grammar = await registry.loadGrammar('source.news');
  const lines = [
    'Dockworkers reach deal after 90-minute session',
    'VALLMORA, March 9 (GWS) - The deal offers a 6.5% rise and 1,200 euros, Zelenskyy’s aide said on Monday.',
    '“It is a fair one,” he said. "Straight quotes" and ‘single ones’ too, costing $1.2 billion.',
    'An unbalanced “quote runs to the end of this line only',
    'and not into the next one, which has 2,400 workers.',
  ];
  const found: Array<[string, string]> = [];
  let stack = tm.INITIAL;
  for (const line of lines) {
    const r = grammar.tokenizeLine(line, stack);
    for (const t of r.tokens as Array<{ startIndex: number; endIndex: number; scopes: string[] }>) {
      found.push([line.slice(t.startIndex, t.endIndex), t.scopes.slice(1).join(' ')]);
    }
    stack = r.ruleStack;
  }
  const scopeOf = (text: string): string => found.find(([t]) => t === text)?.[1] ?? '(no token)';
  assert.match(scopeOf('Dockworkers reach deal after '), /markup\.heading/);
  assert.match(scopeOf('VALLMORA'), /dateline/);
  assert.match(scopeOf('March 9'), /date/);
  assert.match(scopeOf('6.5%'), /constant\.numeric\.percent/);
  assert.match(scopeOf('1,200 euros'), /constant\.numeric\.money/);
  assert.match(scopeOf('$1.2 billion'), /constant\.numeric\.money/);
  assert.match(scopeOf('Monday'), /date\.weekday/);
  assert.match(scopeOf('It is a fair one,'), /string\.quoted\.double/);
  assert.match(scopeOf('Straight quotes'), /string\.quoted\.double/);
  assert.match(scopeOf('single ones'), /string\.quoted\.single/);
  // The apostrophe in Zelenskyy’s opens nothing; the unbalanced quote stops at the end of its line.
  assert.ok(!found.some(([t, s]) => t.includes('aide') && s.includes('string')));
  assert.ok(!found.some(([t, s]) => t.includes('and not into the next one') && s.includes('string')));
  assert.match(scopeOf('2,400'), /^constant\.numeric/);
});
