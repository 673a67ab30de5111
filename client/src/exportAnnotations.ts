// "Export Annotations (W3C)…": the active article's analysis, or its whole story's with the findings
// between its sources, as a W3C Web Annotation collection (JSON-LD) that annotation tools read. The
// server builds it (newslens/annotations, the same builder as `newslens annotate --format w3c`); this
// file asks what to export and where, and writes it.

import * as vscode from 'vscode';
import { AnnotationsMethod, type AnnotationsParams, type AnnotationsResult } from '../../server/src/protocol';
import { articleUri, type NewsLensConnection } from './connection';
import { storyWhenRead } from './compare';
import { pickExportTarget, slug, writeExport } from './exportLocation';
import { baseName } from './factSheetUri';

interface ScopePick extends vscode.QuickPickItem {
  uris: string[];
}

export async function exportAnnotations(server: NewsLensConnection, arg?: unknown): Promise<void> {
  const uri = articleUri(arg);
  if (!uri) {
    void vscode.window.showInformationMessage('NewsLens: open an article to export its annotations.');
    return;
  }
  const name = baseName(uri.toString());
  let picks: ScopePick[] = [{ label: name, description: 'this article', uris: [uri.toString()] }];
  let storyLabel = '';
  try {
    const story = await storyWhenRead(server, uri);
    if (story.story && story.articles.length) {
      storyLabel = story.story.label;
      const all = [uri.toString(), ...story.articles.map((a) => a.uri)];
      picks = [
        { label: `The story “${story.story.label}”`, description: `${all.length} articles, with the findings where they disagree`, uris: all },
        ...picks,
      ];
    }
  } catch (err) {
    server.report('Finding the other sources', err, true);
  }
  const pick = picks.length === 1 ? picks[0] : await vscode.window.showQuickPick(picks, { title: 'Export W3C Web Annotations of…' });
  if (!pick) return;
  let collection: AnnotationsResult;
  try {
    const params: AnnotationsParams = { uris: pick.uris };
    collection = await server.client.sendRequest<AnnotationsResult>(AnnotationsMethod, params);
  } catch (err) {
    server.report('Building the annotations', err);
    return;
  }
  const base = pick.uris.length > 1 ? slug(storyLabel) : slug(name.replace(/\.[^.]+$/, ''), 'article');
  const target = await pickExportTarget(uri, `annotations-${base}.jsonld`, {
    title: `Export ${collection.total} W3C Web Annotations`,
    filters: { 'JSON-LD': ['jsonld', 'json'] },
  });
  if (!target) return;
  await writeExport(target, JSON.stringify(collection, null, 2) + '\n', `${collection.total} annotations`, (what, err) => server.report(what, err));
}
