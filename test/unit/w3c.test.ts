// `newslens annotate --format w3c` and the W3C Web Annotation builder (server/src/w3c.ts): the output is
// checked against a JSON schema written from the Web Annotation Data Model's requirements (W3C
// Recommendation, 23 February 2017), and each selector against the file it points into.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import Ajv from 'ajv';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import { annotationCollection, target, type AnnotationCollection } from '../../server/src/w3c';
import { REPO, runCli, tempDir } from '../helpers';

/** An IRI: a scheme, a colon, something after it (the model requires IRIs for ids and sources). */
const IRI = { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9+.-]*:\\S+$' };
/** The motivations and purposes the model defines (section 3.3.5). */
const MOTIVATIONS = [
  'assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting',
  'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging',
];
const oneOrMore = (schema: object): object => ({ anyOf: [schema, { type: 'array', minItems: 1, items: schema }] });
const typeIncluding = (name: string): object => ({ anyOf: [{ const: name }, { type: 'array', contains: { const: name } }] });

/** The model's MUSTs for what this export uses: collections, pages, annotations, resources, selectors, bodies. */
const SCHEMA = {
  $id: 'newslens-w3c',
  definitions: {
    textPositionSelector: {
      type: 'object',
      required: ['type', 'start', 'end'],
      properties: { type: { const: 'TextPositionSelector' }, start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 } },
    },
    textQuoteSelector: {
      type: 'object',
      required: ['type', 'exact'],
      properties: { type: { const: 'TextQuoteSelector' }, exact: { type: 'string' }, prefix: { type: 'string' }, suffix: { type: 'string' } },
    },
    specificResource: {
      type: 'object',
      required: ['source', 'selector'],
      properties: {
        type: { const: 'SpecificResource' },
        source: IRI,
        selector: oneOrMore({ anyOf: [{ $ref: '#/definitions/textPositionSelector' }, { $ref: '#/definitions/textQuoteSelector' }] }),
      },
    },
    textualBody: {
      type: 'object',
      required: ['type', 'value'],
      properties: { type: { const: 'TextualBody' }, value: { type: 'string' }, purpose: { enum: MOTIVATIONS }, format: { type: 'string' } },
    },
    annotation: {
      type: 'object',
      required: ['id', 'type', 'target'],
      properties: {
        '@context': { anyOf: [{ const: 'http://www.w3.org/ns/anno.jsonld' }, { type: 'array', contains: { const: 'http://www.w3.org/ns/anno.jsonld' } }] },
        id: IRI,
        type: typeIncluding('Annotation'),
        motivation: oneOrMore({ enum: MOTIVATIONS }),
        body: oneOrMore({ anyOf: [IRI, { $ref: '#/definitions/textualBody' }] }),
        target: oneOrMore({ anyOf: [IRI, { $ref: '#/definitions/specificResource' }] }),
      },
      // An annotation MUST NOT have both body and bodyValue.
      not: { required: ['body', 'bodyValue'] },
    },
    page: {
      type: 'object',
      required: ['id', 'type', 'items'],
      properties: {
        id: IRI,
        type: typeIncluding('AnnotationPage'),
        startIndex: { type: 'integer', minimum: 0 },
        items: { type: 'array', minItems: 1, items: { $ref: '#/definitions/annotation' } },
      },
    },
  },
  type: 'object',
  required: ['@context', 'id', 'type'],
  properties: {
    '@context': { anyOf: [{ const: 'http://www.w3.org/ns/anno.jsonld' }, { type: 'array', contains: { const: 'http://www.w3.org/ns/anno.jsonld' } }] },
    id: IRI,
    type: typeIncluding('AnnotationCollection'),
    label: { type: 'string' },
    total: { type: 'integer', minimum: 0 },
    first: { anyOf: [IRI, { $ref: '#/definitions/page' }] },
  },
  // A collection with annotations has a first page.
  if: { properties: { total: { exclusiveMinimum: 0 } }, required: ['total'] },
  then: { required: ['first'] },
};

const validate = new Ajv({ allErrors: true, strict: false }).compile(SCHEMA);

function assertValid(doc: unknown): void {
  assert.ok(validate(doc), JSON.stringify(validate.errors?.slice(0, 5), null, 1));
}

type Target = { source: string; selector: [{ start: number; end: number }, { exact: string; prefix: string; suffix: string }] };
const targetsOf = (a: { target: Target | Target[] }): Target[] => (Array.isArray(a.target) ? a.target : [a.target]);

const SAMPLES = join(REPO, 'samples');
const PORT = ['port-strike-gulf-wire.txt', 'port-strike-radio-sarn.news', 'port-strike-coastwatch-digest.txt'];

test('annotate --format w3c: a valid AnnotationCollection; every selector finds its passage in the file', { timeout: 120_000 }, async () => {
  const files = PORT.map((f) => join(SAMPLES, f));
  const r = await runCli(['annotate', '--format', 'w3c', ...files]);
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout) as AnnotationCollection;
  assertValid(doc);
  assert.equal(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
  const items = doc.first!.items;
  assert.equal(doc.total, items.length);
  const texts = new Map(files.map((f) => [pathToFileURL(f).href, readFileSync(f, 'utf8')]));
  for (const a of items) {
    for (const t of targetsOf(a as never)) {
      const text = texts.get(t.source);
      assert.ok(text !== undefined, `unknown source ${t.source}`);
      const [pos, quote] = t.selector;
      assert.equal(text.slice(pos.start, pos.end), quote.exact, `${a.id}: position and quote disagree`);
      assert.equal(text.slice(pos.start - quote.prefix.length, pos.start), quote.prefix);
      assert.equal(text.slice(pos.end, pos.end + quote.suffix.length), quote.suffix);
    }
  }
  // One annotation per entity mention, figure and quote: the same counts as the JSON records.
  const json = await runCli(['annotate', ...files]);
  const records = json.stdout.trim().split('\n').map((l) => JSON.parse(l) as { entities: unknown[]; figures: unknown[]; quotes: unknown[] });
  const tagged = (tag: string): number => items.filter((a) => a.body[0]?.value === tag).length;
  assert.equal(tagged('figure'), records.reduce((n, rec) => n + rec.figures.length, 0));
  assert.equal(tagged('quote'), records.reduce((n, rec) => n + rec.quotes.length, 0));
  const mentions = items.filter((a) => a.motivation === 'identifying').length;
  assert.equal(mentions, records.reduce((n, rec) => n + rec.entities.length, 0));
  // A mention names its type and its entity's canonical name; a quote its speaker.
  const rudnitsky = items.find((a) => a.motivation === 'identifying' && targetsOf(a as never)[0]!.selector[1].exact === 'Pavel Rudnitsky');
  assert.deepEqual(rudnitsky?.body.slice(0, 2).map((b) => [b.purpose, b.value]), [['tagging', 'person'], ['identifying', 'Pavel Rudnitsky']]);
  assert.ok(items.some((a) => a.body[0]?.value === 'quote' && a.body.some((b) => b.purpose === 'describing' && b.value.startsWith('Speaker: '))));
  // A disagreement between the sources: one annotation whose targets are the passages in several files.
  const findings = items.filter((a) => a.motivation === 'assessing');
  const variant = findings.find((a) => a.body[0]?.value === 'name-variant');
  assert.ok(variant, findings.map((f) => f.body[0]?.value).join(', '));
  assert.ok(new Set(targetsOf(variant as never).map((t) => t.source)).size >= 2, 'the finding targets passages in two sources');
  assert.equal(new Set(findings.map((f) => f.id)).size, findings.length, 'one annotation per finding, not one per article');
});

test('the schema is not a formality: it rejects what the model forbids', () => {
  const good = annotationCollection([{ id: 'a', source: 'file:///a.txt', text: 'Anna Berg met Olaf Lund in Oslo.', analysis: analyzeArticle('Anna Berg met Olaf Lund in Oslo.') }]);
  assertValid(good);
  const first = good.first!;
  const broken = (change: (a: Record<string, unknown>) => void): unknown => {
    const copy = JSON.parse(JSON.stringify(good)) as { first: { items: Array<Record<string, unknown>> } };
    change(copy.first.items[0]!);
    return copy;
  };
  assert.ok(first.items.length > 0);
  assert.equal(validate(broken((a) => delete a['target'])), false, 'an annotation without a target');
  assert.equal(validate(broken((a) => (a['type'] = 'Note'))), false, 'a type that is not Annotation');
  assert.equal(validate(broken((a) => (a['bodyValue'] = 'x'))), false, 'body and bodyValue together');
  assert.equal(validate(broken((a) => ((a['target'] as { selector: Array<{ start?: number }> }).selector[0]!.start = -1))), false, 'a negative position');
  assert.equal(validate({ ...good, '@context': 'http://example.org/other.jsonld' }), false, 'another context');
  assert.equal(validate({ ...good, first: undefined }), false, 'a non-empty collection without a first page');
  // An empty collection is valid without a page.
  const empty = annotationCollection([]);
  assert.equal(empty.total, 0);
  assert.equal(empty.first, undefined);
  assertValid(empty);
});

test('offsets are UTF-16 code units and quote context never splits a character in two', () => {
  const text = '🙂🙂 Anna Berg said on Monday that 2,400 workers 🙂 would return.';
  const t = target({ source: 'file:///x.txt', text }, { start: text.indexOf('Anna'), end: text.indexOf('Anna') + 9 });
  const [pos, quote] = t.selector;
  assert.equal(pos.start, 5, 'two emoji are four UTF-16 code units, plus a space');
  assert.equal(text.slice(pos.start, pos.end), 'Anna Berg');
  assert.equal(quote.prefix, '🙂🙂 ');
  // 32 code units before "Anna" fall in the middle of the emoji: the prefix takes all of it.
  const near = target({ source: 'file:///x.txt', text: `🙂${'x'.repeat(31)}Anna` }, { start: 33, end: 37 });
  assert.equal(near.selector[1].prefix, `🙂${'x'.repeat(31)}`, 'the prefix keeps the whole emoji rather than half of it');
  const after = target({ source: 'file:///x.txt', text: `Anna${'x'.repeat(31)}🙂` }, { start: 0, end: 4 });
  assert.equal(after.selector[1].suffix, `${'x'.repeat(31)}🙂`, 'so does the suffix');
});

test('annotate --format w3c: unreadable files are skipped with a message, the others annotated', { timeout: 60_000 }, async () => {
  const dir = tempDir();
  try {
    const good = join(dir.path, 'good.txt');
    const binary = join(dir.path, 'binary.txt');
    writeFileSync(good, 'Anna Berg, the mayor of Lindhaven, said 300 ferries were cancelled on Tuesday.\n');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
    const r = await runCli(['annotate', '--format', 'w3c', good, binary, join(dir.path, 'missing.txt')]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /binary\.txt: skipped/);
    assert.match(r.stderr, /missing\.txt: skipped/);
    const doc = JSON.parse(r.stdout) as AnnotationCollection;
    assertValid(doc);
    assert.ok(doc.total > 0);
    assert.ok(doc.first!.items.every((a) => targetsOf(a as never).every((t) => t.source === pathToFileURL(good).href)));
  } finally {
    dir.dispose();
  }
});
