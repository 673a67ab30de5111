// Which files are articles: the include and exclude globs of the settings decide, and the fast regular
// expressions used for them must say exactly what Minimatch's own matching says.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Minimatch } from 'minimatch';
import { globMatches, isArticle, WorkspaceFolders } from '../../server/src/fileFilter';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_SETTINGS, type NewsLensSettings } from '../../server/src/settings';

const USER_GLOBS = [
  'articles/*.txt',
  '{wire,desk}/**/*.news',
  '**/draft-?.txt',
  '**/[ab]*.article',
  '!**/archive/**',
  '#not a glob',
  '',
  '**/*.{txt,md}',
  'Desk/**',
];
const PATHS = [
  'story.txt',
  'articles/story.txt',
  'articles/2026/story.txt',
  'wire/a/b/c.news',
  'desk/c.news',
  'drafts/draft-1.txt',
  'drafts/draft-12.txt',
  'node_modules/pkg/readme.txt',
  'src/node_modules/x.txt',
  '.git/HEAD.txt',
  'a/.hidden/notes.txt',
  'LICENSE.txt',
  'docs/requirements-dev.txt',
  'archive/old.txt',
  'beta.article',
  'x/cable.article',
  'Desk/Story.TXT',
  'desk/story.md',
  '/work/news/2026/story.txt',
  'Zürich – 報道.txt',
  'dist/bundle.min.txt',
];

test('every default and user glob matches the same paths as Minimatch itself', () => {
  const options = { dot: true, nocase: process.platform === 'win32', windowsPathsNoEscape: true };
  for (const glob of [...DEFAULT_INCLUDE, ...DEFAULT_EXCLUDE, ...USER_GLOBS]) {
    const mm = new Minimatch(glob, options);
    for (const path of PATHS) assert.equal(globMatches(glob, path), mm.match(path), `${glob} on ${path}`);
  }
});

test('the default settings take a folder\'s articles and leave out dependencies, builds and licences', () => {
  const folders = new WorkspaceFolders();
  folders.set(['file:///work/news']);
  const article = (rel: string, settings: NewsLensSettings = DEFAULT_SETTINGS) => isArticle(`file:///work/news/${rel}`, undefined, settings, folders);
  assert.equal(article('2026/03/harbour-fire.txt'), true);
  assert.equal(article('desk/harbour-fire.news'), true);
  assert.equal(article('node_modules/left-pad/README.txt'), false);
  assert.equal(article('site/dist/harbour-fire.txt'), false);
  assert.equal(article('LICENSE.txt'), false);
  assert.equal(article('notes.md'), false);
  const only = { ...DEFAULT_SETTINGS, files: { include: ['wire/**/*.txt'], exclude: [] } };
  assert.equal(article('wire/2026/harbour-fire.txt', only), true);
  assert.equal(article('desk/harbour-fire.txt', only), false);
});
