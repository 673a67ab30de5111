// Helpers for driving the VS Code workbench (code-server in Chromium) the way a user does: the explorer,
// the command palette, the editor's rendered lines. Everything waits on what appears on screen.
// The harness itself (scripts/e2e/harness.mjs, an ES module shared with `npm start`) is loaded with
// import() at run time, so esbuild leaves it out of the compiled test.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locator, Page } from 'playwright-core';

/** The repository root (tests run from out/test/e2e/). */
export const ROOT = resolve(__dirname, '..', '..', '..');

export type Harness = typeof import('../../scripts/e2e/harness.mjs', { with: { 'resolution-mode': 'import' } });
export function loadHarness(): Promise<Harness> {
  return import(pathToFileURL(join(ROOT, 'scripts', 'e2e', 'harness.mjs')).href) as Promise<Harness>;
}

/** The editor group that has focus (its editor is the active one). */
export function activeEditor(page: Page): Locator {
  return page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
}

/** Polls `probe` until it returns a value that is not undefined; fails with `describe(last)` on timeout. */
export async function until<T>(
  probe: () => Promise<T | undefined>,
  { timeout = 30_000, interval = 250, what = 'condition', describe }: { timeout?: number; interval?: number; what?: string; describe?: () => Promise<string> | string } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) {
      const detail = describe ? await describe() : '';
      throw new Error(`timed out after ${timeout / 1000} s waiting for ${what}${detail ? `\n${detail}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** Opens a file by clicking it in the explorer and waits until its editor shows text. */
export async function openFromExplorer(page: Page, fileName: string): Promise<void> {
  const item = page.locator('.explorer-folders-view').getByRole('treeitem', { name: fileName, exact: true });
  await item.waitFor({ timeout: 30_000 });
  await item.click();
  await page.locator(`.tabs-container .tab.active[aria-label*="${fileName}"]`).waitFor({ timeout: 30_000 });
  await activeEditor(page).locator('.view-lines .view-line').first().waitFor({ timeout: 30_000 });
  // Keyboard focus in the text, so editor keybindings and the cursor position apply to it.
  await activeEditor(page).locator('.view-lines').click({ position: { x: 5, y: 5 } });
}

/**
 * Runs a command from the command palette (F1), as a user does: types the title, waits for the row
 * with that label and picks it. Fails when the command is not in the palette.
 */
export async function runFromPalette(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(`>${title.replace(/…$/, '')}`);
  const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: title });
  await row.first().waitFor({ state: 'visible', timeout: 15_000 });
  await row.first().click();
}

/** The rows of the quick input currently shown (labels), or [] when it is closed. */
export async function quickPickRows(page: Page): Promise<string[]> {
  const widget = page.locator('.quick-input-widget');
  if (!(await widget.isVisible())) return [];
  return widget.locator('.quick-input-list .monaco-list-row').allInnerTexts();
}

/** Closes editors, panel and any open quick input, so every test starts from the same workbench. */
export async function resetWorkbench(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await runFromPalette(page, 'View: Close All Editors');
  await page.locator('.editor-group-container .tabs-container .tab').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
  // The panel (Problems) closed too, so each screenshot shows what its own test opened.
  if (await page.locator('.part.panel').isVisible()) {
    await runFromPalette(page, 'View: Hide Panel').catch(async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+J');
    });
    await page.locator('.part.panel').waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => {});
  }
  await page.mouse.move(1, 1);
}

/** Text with non-breaking spaces (which the editor renders for spaces) made plain. */
export function plain(s: string): string {
  return s.replace(/\u00a0/g, ' ');
}

export interface RenderedToken {
  text: string;
  color: string;
}

/**
 * For each fragment, the innermost rendered token span of the active editor whose text contains it,
 * with its computed colour (null when no rendered span contains it yet).
 */
export async function tokensContaining(page: Page, fragments: Record<string, string>): Promise<Record<string, RenderedToken | null>> {
  return page.evaluate((frags) => {
    // Runs in the page (the compile has no DOM types: describe the little it uses).
    interface El {
      textContent: string | null;
      querySelectorAll(selector: string): ArrayLike<El>;
    }
    const w = globalThis as unknown as { document: El; getComputedStyle(e: El): { color: string } };
    const root = w.document.querySelectorAll('.editor-group-container.active .editor-instance .monaco-editor .view-lines')[0];
    const out: Record<string, { text: string; color: string } | null> = {};
    const spans = root ? Array.from(root.querySelectorAll('.view-line span span')) : [];
    for (const [key, frag] of Object.entries(frags)) {
      const el = spans.find((s) => (s.textContent ?? '').replace(/\u00a0/g, ' ').includes(frag));
      out[key] = el ? { text: (el.textContent ?? '').replace(/\u00a0/g, ' '), color: w.getComputedStyle(el).color } : null;
    }
    return out;
  }, fragments);
}

/** The span of the active editor showing `fragment` (for hovering it). */
export function tokenLocator(page: Page, fragment: string): Locator {
  return activeEditor(page).locator('.view-lines .view-line span span', { hasText: fragment }).first();
}

/** "Ln 12, Col 5" from the status bar (the active editor's cursor), or '' when not shown. */
export async function cursorStatus(page: Page): Promise<string> {
  const item = page.locator('[id="status.editor.selection"]');
  if (!(await item.count())) return '';
  return plain((await item.first().innerText()).trim());
}

/** One line of a side of the diff editor: its number, its text and whether the diff marks it as changed. */
export interface DiffLine {
  number: number;
  text: string;
  marked: boolean;
}

/**
 * Every line of both sides of the active diff editor, read by scrolling through it (the editor only
 * renders what is on screen). A line is marked when the diff decorates it as inserted or deleted.
 */
export async function diffLines(page: Page): Promise<{ original: DiffLine[]; modified: DiffLine[] }> {
  const diff = page.locator('.editor-group-container.active .monaco-diff-editor');
  const read = (side: 'original' | 'modified'): Promise<DiffLine[]> =>
    diff.locator(`.editor.${side}`).evaluate((root) => {
      // Runs in the page (the compile has no DOM types: describe the little it uses).
      interface El {
        textContent: string | null;
        className: string;
        style: { top: string };
        querySelector(s: string): El | null;
        querySelectorAll(s: string): ArrayLike<El>;
      }
      const r = root as unknown as El;
      const byTop = (selector: string): Map<string, El> => new Map(Array.from(r.querySelectorAll(selector)).map((e) => [e.style.top, e]));
      const text = byTop('.view-lines .view-line');
      const overlays = byTop('.view-overlays > div');
      const out: Array<{ number: number; text: string; marked: boolean }> = [];
      for (const m of Array.from(r.querySelectorAll('.margin-view-overlays > div'))) {
        const n = Number(m.querySelector('.line-numbers')?.textContent ?? '');
        const line = text.get(m.style.top);
        if (!n || !line) continue;
        const marks = overlays.get(m.style.top)?.querySelector('.line-insert, .line-delete');
        out.push({ number: n, text: (line.textContent ?? '').replace(/\u00a0/g, ' '), marked: marks !== null && marks !== undefined });
      }
      return out;
    });
  const all = { original: new Map<number, DiffLine>(), modified: new Map<number, DiffLine>() };
  const box = await diff.boundingBox();
  if (box) await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2);
  for (let pass = 0; pass < 40; pass++) {
    const before = all.original.size + all.modified.size;
    for (const side of ['original', 'modified'] as const) for (const l of await read(side)) all[side].set(l.number, l);
    if (pass > 0 && all.original.size + all.modified.size === before) break;
    await page.mouse.wheel(0, 400);
    await nextFrames(page);
  }
  const sorted = (m: Map<number, DiffLine>): DiffLine[] => [...m.values()].sort((a, b) => a.number - b.number);
  return { original: sorted(all.original), modified: sorted(all.modified) };
}

/** The frame of the open story report (a webview: an outer iframe hosting the page in iframe#active-frame). */
export function reportFrame(page: Page): ReturnType<Page['frameLocator']> {
  return page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
}

/** The status bar's NewsLens item text ('' when it is not shown). */
export async function newslensStatus(page: Page): Promise<string> {
  // The item's accessible label is "NewsLens: <its text>" (statusBar.ts).
  const item = page.locator('.statusbar-item[aria-label^="NewsLens:"]');
  if (!(await item.count())) return '';
  return plain((await item.first().innerText()).trim());
}

/** Resolves after the page has rendered two more frames (what a scroll or a click changes is on screen then). */
export function nextFrames(page: Page): Promise<void> {
  return page.evaluate(() => {
    const raf = (globalThis as unknown as { requestAnimationFrame(f: () => void): void }).requestAnimationFrame;
    return new Promise<void>((r) => raf(() => raf(() => r())));
  });
}
