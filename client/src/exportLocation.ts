// Where NewsLens offers to save what it exports (story reports, annotations): a save dialog opening in
// the workspace folder's .newslens/ folder, next to the ledger and never among the articles, so an
// export is not mistaken for (and analysed as) another source.

import * as vscode from 'vscode';

/** A file name from a story label: lower-case words joined by dashes, at most 60 characters. */
export function slug(label: string, fallback = 'story'): string {
  return (
    label
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .replaceAll(' ', '-')
      .slice(0, 60)
      .toLowerCase() || fallback
  );
}

/**
 * Asks where to save `fileName`, offering the .newslens/ folder of the workspace folder of `near` (or
 * the first workspace folder); undefined when the user cancels.
 */
export async function pickExportTarget(
  near: vscode.Uri | undefined,
  fileName: string,
  options: { title: string; filters: Record<string, string[]> },
): Promise<vscode.Uri | undefined> {
  const folder = (near && vscode.workspace.getWorkspaceFolder(near)?.uri) ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  let defaultUri: vscode.Uri | undefined;
  if (folder) {
    const dir = vscode.Uri.joinPath(folder, '.newslens');
    try {
      // The dialog opens in a folder only if it exists; NewsLens keeps its ledger there anyway.
      await vscode.workspace.fs.createDirectory(dir);
      defaultUri = vscode.Uri.joinPath(dir, fileName);
    } catch {
      defaultUri = vscode.Uri.joinPath(folder, fileName);
    }
  }
  return vscode.window.showSaveDialog({ title: options.title, saveLabel: 'Export', filters: options.filters, ...(defaultUri ? { defaultUri } : {}) });
}

/** Writes `text` to `target`, says so with an Open button; reports a failure through `report`. */
export async function writeExport(target: vscode.Uri, text: string, what: string, report: (what: string, err: unknown) => void): Promise<void> {
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  } catch (err) {
    report(`Writing ${target.fsPath}`, err);
    return;
  }
  const name = target.path.split('/').pop() ?? target.path;
  const choice = await vscode.window.showInformationMessage(`NewsLens: ${what} saved to ${name}.`, 'Open');
  if (choice) await vscode.window.showTextDocument(target);
}
