// Tests mirror src/: the unit test of src/a/b.ts is tests/a/b.test.ts (or
// tests/a/b.ASPECT.test.ts for one aspect of it). A source file with no such
// test must be in UNMIRRORED with the reason, so a new module cannot arrive
// untested unnoticed; a test outside the mirror must be of a kind that is no
// one module's (tests/README.md lists them).
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Test folders whose files test no single module: see tests/README.md. */
const KINDS = ['e2e/', 'hostile/', 'corpus/', 'fuzz/', 'architecture/', 'helpers/', 'fixtures/'];

type Reason = { readonly why: string; readonly test?: string };
/** Declarations only: there is nothing to run. */
const types: Reason = { why: 'types only' };
/** Part of a stage whose own entry is tested, and checked through that test. */
const through = (test: string, why = 'one part of a stage, checked through the stage’s own test'): Reason => ({ why, test });
/** Reached only through the `galley` command: the end-to-end test is the unit. */
const e2e = (test: string, why = 'reached only through the galley command'): Reason => ({ why, test });

/** Source files without a mirrored test, and why. Remove an entry when its test arrives. */
export const UNMIRRORED: Readonly<Record<string, Reason>> = {
  'parse/handlers/types.ts': types,
  'pdf/layout/book/page-references.ts': e2e('tests/e2e/book.test.ts', 'the "(p. N)" after a cross-reference, read back from a built book'),
  'archive/checksums.ts': e2e('tests/e2e/reproducible.test.ts', 'the SHA256SUMS of --checksums, checked against sha256sum on real outputs'),
  'batch/bag.ts': e2e('tests/e2e/batch.test.ts', 'the --bag of a folder build'),
  'batch/index-html.ts': e2e('tests/e2e/batch.test.ts', 'the --index of a folder build'),
  'batch/inputs.ts': e2e('tests/e2e/batch.test.ts'),
  'batch/manifest.ts': e2e('tests/e2e/batch.test.ts', 'what decides a rerun rebuilds only what changed'),
  'batch/plan.ts': e2e('tests/e2e/batch.test.ts'),
  'batch/pool.ts': e2e('tests/e2e/batch.test.ts', 'worker processes of -j 2'),
  'batch/progress.ts': e2e('tests/e2e/batch.test.ts'),
  'batch/run.ts': e2e('tests/e2e/batch.test.ts'),
  'batch/summary.ts': e2e('tests/e2e/batch.test.ts', 'the --json summary'),
  'batch/worker.ts': e2e('tests/e2e/batch.test.ts', 'runs in a child process'),
  'book/build.ts': e2e('tests/e2e/book.test.ts'),
  'book/load.ts': through('tests/book/index.test.ts', 'read by loadBook (book/index.ts), whose test gives it book.yaml files'),
  'build.ts': e2e('tests/e2e/article.test.ts', 'the build pipeline: every end-to-end build runs it'),
  'check/bag.ts': through('tests/check/index.test.ts'),
  'check/epub/package.ts': through('tests/check/index.test.ts'),
  'check/epub/zip.ts': through('tests/check/index.test.ts', 'broken EPUB containers made by that test'),
  'check/external.ts': through('tests/check/index.test.ts', 'runs the validators; tests/helpers/external.ts shares its lookup'),
  'check/pdf/attachments.ts': through('tests/check/index.test.ts'),
  'check/pdf/contents.ts': through('tests/check/index.test.ts'),
  'check/pdf/layer.ts': through('tests/check/pdf/text-layer.test.ts', 'the text layer that test compares'),
  'check/pdf/structure.ts': through('tests/check/pdf/reader.test.ts'),
  'check/report.ts': through('tests/check/index.test.ts'),
  'check/types.ts': types,
  'check/xml.ts': through('tests/check/index.test.ts'),
  'cite/bibtex.ts': through('tests/cite/citations.errors.test.ts', 'BibTeX files, broken ones included'),
  'cite/csl-data.ts': through('tests/cite/citations.errors.test.ts', 'CSL JSON and YAML sources, broken ones included'),
  'cite/csl-fields.ts': through('tests/cite/citations.errors.test.ts'),
  'cite/insert.ts': through('tests/cite/citations.test.ts'),
  'cite/located.ts': through('tests/cite/citations.errors.test.ts'),
  'cite/mdast.ts': through('tests/cite/citations.test.ts'),
  'cite/report.ts': through('tests/cite/citations.errors.test.ts'),
  'cite/sources.ts': through('tests/cite/citations.errors.test.ts'),
  'cli-batch.ts': e2e('tests/e2e/batch.test.ts'),
  'cli-import.ts': e2e('tests/e2e/import-archive.test.ts'),
  'cli-scale.ts': e2e('tests/e2e/watch.test.ts', 'the arguments of galley watch and galley queue'),
  'cli.ts': e2e('tests/e2e/cli.test.ts'),
  'compile.mjs': e2e('tests/e2e/compile.test.ts', 'compiles the bundle the CLI runs'),
  'diagnostics.ts': through('tests/hostile/cli.test.ts', 'every located message the hostile inputs give'),
  'document.ts': types,
  'document/book.ts': types,
  'document/east-asian.ts': through('tests/pdf/layout/linebreak.unicode.test.ts', 'character classes, checked through the line breaker’s and the soft-break handler’s tests'),
  'epub/files.ts': through('tests/epub/package.test.ts', 'file names the package test reads back'),
  'epub/hast.ts': through('tests/epub/documents.test.ts'),
  'epub/images.ts': through('tests/epub/documents.test.ts'),
  'epub/index.ts': through('tests/epub/package.test.ts', 'the EPUB writer’s entry, built by every EPUB test'),
  'epub/blocks/blockquote.ts': through('tests/epub/documents.test.ts', 'one group of that test per node type'),
  'epub/blocks/callout.ts': through('tests/epub/documents.test.ts', 'one group of that test per node type'),
  'epub/blocks/code.ts': through('tests/epub/documents.test.ts', 'one group of that test per node type'),
  'epub/blocks/direction.ts': through('tests/epub/documents.test.ts', 'one group of that test per node type'),
  'epub/blocks/figure.ts': through('tests/epub/documents.test.ts', 'one group of that test per node type'),
  'epub/blocks/heading.ts': through('tests/epub/documents.test.ts', 'one group of that test per node type'),
  'epub/blocks/definition-list.ts': through('tests/epub/documents.test.ts', 'one group of that test per node type'),
  'epub/blocks/list.ts': through('tests/epub/documents.test.ts', 'one group of that test per node type'),
  'epub/blocks/paragraph.ts': through('tests/epub/documents.test.ts', 'one group of that test per node type'),
  'epub/blocks/table.ts': through('tests/epub/documents.test.ts', 'one group of that test per node type'),
  'epub/blocks/page-break.ts': through('tests/epub/documents.test.ts', 'one group of that test per node type'),
  'epub/blocks/thematic-break.ts': through('tests/epub/documents.test.ts', 'one group of that test per node type'),
  'epub/blocks/index.ts': through('tests/epub/documents.test.ts', 'the block handlers’ table: every group of that test dispatches through it'),
  'epub/blocks/types.ts': types,
  'epub/inline.ts': through('tests/epub/documents.test.ts', 'one group of that test per node type'),
  'epub/opf.ts': through('tests/epub/package.test.ts'),
  'epub/templates.ts': through('tests/epub/labels.test.ts', 'a theme’s own EPUB data files'),
  'epub/xhtml.ts': through('tests/epub/documents.test.ts'),
  'fonts/types.ts': types,
  'galley.mjs': e2e('tests/e2e/cli.test.ts', 'the command itself'),
  'import/article.ts': through('tests/import/index.test.ts'),
  'import/dom.ts': through('tests/import/index.test.ts'),
  'import/html.ts': through('tests/import/index.test.ts'),
  'import/images.ts': through('tests/import/index.test.ts'),
  'import/markdown.ts': through('tests/import/index.test.ts'),
  'import/metadata.ts': through('tests/import/index.test.ts'),
  'import/mhtml.ts': through('tests/import/index.test.ts'),
  'import/notes.ts': through('tests/import/index.test.ts'),
  'import/page.ts': through('tests/import/index.test.ts'),
  'import/warc.ts': through('tests/import/index.test.ts'),
  'parse/abstract.ts': through('tests/cite/citations.pandoc-keys.test.ts'),
  'parse/index.ts': through('tests/parse/handlers/index.test.ts', 'the parser’s entry: every parse test goes through it (tests/helpers/parse.ts)'),
  'parse/markdown.ts': through('tests/cite/syntax.test.ts'),
  'parse/local-file.ts': through('tests/parse/image-file.test.ts', 'where images and included files may come from: its rules are tested through images (and mdbook-includes.test.ts)'),
  'parse/include-files.ts': through('tests/parse/mdbook-includes.test.ts', 'the disk reader of mdBook inclusions, tested through them; its embedded twin through tests/e2e/mdbook-includes.test.ts'),
  'parse/table-lines.ts': through('tests/parse/simple-tables.test.ts', 'what simple and multiline tables share: fenced code and alignment, tested through both (multiline-tables.test.ts too)'),
  'parse/handlers/blockquote.ts': through('tests/parse/handlers/index.test.ts', 'one mdast node type’s handler'),
  'parse/handlers/break.ts': through('tests/parse/handlers/index.test.ts', 'one mdast node type’s handler'),
  'parse/handlers/cite.ts': through('tests/cite/syntax.test.ts', 'one mdast node type’s handler'),
  'parse/handlers/code.ts': through('tests/parse/handlers/index.test.ts', 'one mdast node type’s handler'),
  'parse/handlers/definition.ts': through('tests/parse/handlers/index.test.ts', 'one mdast node type’s handler'),
  'parse/handlers/delete.ts': through('tests/parse/handlers/index.test.ts', 'one mdast node type’s handler'),
  'parse/handlers/emphasis.ts': through('tests/parse/handlers/index.test.ts', 'one mdast node type’s handler'),
  'pdf/layout/blocks/caption.ts': through('tests/pdf/layout/blocks/index.test.ts', 'the caption lines of figures and tables, laid out through their handlers'),
  'parse/handlers/fenced-div.ts': through('tests/parse/fenced-divs.test.ts', 'one mdast node type’s handler'),
  'parse/fenced-div-construct.ts': through('tests/parse/fenced-divs.test.ts', 'the micromark construct of the fenced-divs plugin, whose test parses through it'),
  'parse/handlers/footnote-definition.ts': through('tests/parse/context.test.ts', 'one mdast node type’s handler'),
  'parse/handlers/footnote-reference.ts': through('tests/parse/context.test.ts', 'one mdast node type’s handler'),
  'parse/handlers/heading.ts': through('tests/parse/handlers/index.test.ts', 'one mdast node type’s handler'),
  'parse/handlers/html-script.ts': through('tests/hostile/cli.test.ts', 'raw HTML with scripts'),
  'parse/handlers/html.ts': through('tests/hostile/cli.test.ts', 'raw HTML'),
  'parse/handlers/html-phrasing.ts': through('tests/parse/handlers/html-figure.test.ts', 'which nodes of the HTML reader run on inline'),
  'parse/handlers/image-reference.ts': through('tests/parse/handlers/index.wild.test.ts', 'one mdast node type’s handler'),
  'parse/handlers/image.ts': through('tests/parse/handlers/index.wild.test.ts', 'one mdast node type’s handler'),
  'parse/handlers/inline-code.ts': through('tests/parse/handlers/index.test.ts', 'one mdast node type’s handler'),
  'parse/handlers/link-reference.ts': through('tests/parse/handlers/index.test.ts', 'one mdast node type’s handler'),
  'parse/handlers/definition-list.ts': through('tests/parse/handlers/index.test.ts', 'one mdast node type’s handler'),
  'parse/handlers/list-item.ts': through('tests/parse/handlers/index.test.ts', 'one mdast node type’s handler'),
  'parse/handlers/list.ts': through('tests/parse/handlers/index.test.ts', 'one mdast node type’s handler'),
  'parse/handlers/paragraph.ts': through('tests/parse/handlers/index.test.ts', 'one mdast node type’s handler'),
  'parse/handlers/script.ts': through('tests/parse/handlers/index.test.ts', 'one mdast node type’s handler'),
  'parse/handlers/strong.ts': through('tests/parse/handlers/index.test.ts', 'one mdast node type’s handler'),
  'parse/handlers/table-cell.ts': through('tests/parse/handlers/index.test.ts', 'one mdast node type’s handler'),
  'parse/handlers/table-row.ts': through('tests/parse/handlers/index.test.ts', 'one mdast node type’s handler'),
  'parse/handlers/table.ts': through('tests/parse/handlers/index.test.ts', 'one mdast node type’s handler'),
  'parse/handlers/text.ts': through('tests/parse/handlers/index.test.ts', 'one mdast node type’s handler'),
  'parse/handlers/thematic-break.ts': through('tests/parse/handlers/index.test.ts', 'one mdast node type’s handler'),
  'parse/handlers/unknown.ts': through('tests/parse/handlers/index.test.ts', 'one mdast node type’s handler'),
  'parse/handlers/yaml.ts': through('tests/parse/front-matter.test.ts', 'one mdast node type’s handler'),
  'pdf/alpha-split.ts': e2e('tests/e2e/soft-mask.test.ts'),
  'pdf/book.ts': e2e('tests/e2e/book.test.ts'),
  'pdf/layout/blocks/blockquote.ts': through('tests/pdf/layout/blocks/index.test.ts', 'one Block type’s layout'),
  'pdf/layout/blocks/definition-list.ts': through('tests/pdf/layout/blocks/index.test.ts', 'one Block type’s layout'),
  'pdf/layout/blocks/code.ts': through('tests/pdf/layout/blocks/index.test.ts', 'one Block type’s layout'),
  'pdf/layout/blocks/figure.ts': through('tests/pdf/layout/blocks/index.test.ts', 'one Block type’s layout'),
  'pdf/layout/blocks/heading.ts': through('tests/pdf/layout/blocks/index.test.ts', 'one Block type’s layout'),
  'pdf/layout/blocks/paragraph.ts': through('tests/pdf/layout/blocks/index.test.ts', 'one Block type’s layout'),
  'pdf/layout/blocks/page-break.ts': through('tests/pdf/layout/blocks/index.test.ts', 'one Block type’s layout'),
  'pdf/layout/blocks/thematic-break.ts': through('tests/pdf/layout/blocks/index.test.ts', 'one Block type’s layout'),
  'pdf/layout/blocks/types.ts': types,
  'pdf/layout/book/front.ts': e2e('tests/e2e/book.test.ts', 'a book’s front matter pages'),
  'pdf/layout/book/opening.ts': e2e('tests/e2e/book.test.ts', 'chapter openings'),
  'pdf/layout/book/pages.ts': e2e('tests/e2e/book.test.ts'),
  'pdf/layout/inline.ts': through('tests/pdf/layout/url-breaks.test.ts'),
  'pdf/layout/linebreak-items.ts': through('tests/pdf/layout/linebreak.test.ts', 'one step of the line breaker'),
  'pdf/layout/linebreak-kp-model.ts': through('tests/pdf/layout/linebreak.test.ts', 'one step of the line breaker'),
  'pdf/layout/linebreak-kp.ts': through('tests/pdf/layout/linebreak.test.ts', 'one step of the line breaker'),
  'pdf/layout/linebreak-layout.ts': through('tests/pdf/layout/linebreak.test.ts', 'one step of the line breaker'),
  'pdf/layout/linebreak-protrusion.ts': through('tests/pdf/layout/linebreak.microtype.test.ts', 'one step of the line breaker'),
  'pdf/layout/linebreak-tuning.ts': through('tests/pdf/layout/linebreak.microtype.test.ts', 'one step of the line breaker'),
  'pdf/layout/linebreak-word-breaks.ts': through('tests/pdf/layout/linebreak.unicode.test.ts', 'one step of the line breaker'),
  'pdf/layout/linebreak-words.ts': through('tests/pdf/layout/linebreak.test.ts', 'one step of the line breaker'),
  'pdf/layout/page-compose.ts': through('tests/pdf/layout/paginate.test.ts', 'one phase of fillPage (tests/pdf/layout/page-fill.test.ts)'),
  'pdf/layout/page-distribute.ts': through('tests/pdf/layout/paginate.test.ts', 'one phase of fillPage (tests/pdf/layout/page-fill.test.ts)'),
  'pdf/layout/title-block.ts': through('tests/pdf/layout/index.test.ts'),
  'pdf/layout/types.ts': types,
  'pdf/opaque-png.ts': e2e('tests/e2e/pdfa1b.test.ts'),
  'pdf/page-model.ts': types,
  'pdf/paint/context.ts': through('tests/pdf/index.test.ts'),
  'pdf/paint/index.ts': through('tests/pdf/index.test.ts', 'paint’s entry, run by every rendered PDF'),
  'pdf/paint/lines.ts': through('tests/pdf/index.test.ts'),
  'pdf/paint/pdfkit-private.ts': through('tests/pdf/paint/content-stream.test.ts', 'pdfkit’s private API, checked against pdfkit itself'),
  'pdf/paint/pdfkit.ts': through('tests/pdf/paint/content-stream.test.ts'),
  'pdf/paint/png-image.ts': e2e('tests/e2e/soft-mask.test.ts'),
  'pdf/paint/sheet.ts': e2e('tests/e2e/print-profile.test.ts', 'crop marks and bleed'),
  'pdf/paint/xmp.ts': through('tests/e2e/archive.test.ts', 'the XMP packet that test reads back'),
  'pdf/print.ts': e2e('tests/e2e/print-profile.test.ts'),
  'pdf/profile.ts': e2e('tests/e2e/pdfa1b.test.ts'),
  'prepare-images.ts': through('tests/vector-images.test.ts', 'images made ready for both writers'),
  'queue/add.ts': e2e('tests/e2e/queue.test.ts', 'needs Redis'),
  'queue/connection.ts': e2e('tests/e2e/queue.test.ts', 'needs Redis'),
  'queue/status.ts': e2e('tests/e2e/queue.test.ts', 'needs Redis'),
  'queue/work.ts': e2e('tests/e2e/queue.test.ts', 'needs Redis'),
  'theme/schema.ts': through('tests/theme/load.page-setup.test.ts', 'the schema that test checks against templates/README.md'),
  'theme/types.ts': types,
  'watch/watch.ts': e2e('tests/e2e/watch.test.ts'),
};

function files(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path, keep);
    return keep(entry.name) ? [path] : [];
  });
}

const SOURCES = files(join(ROOT, 'src'), (name) => /\.(?:ts|mts|mjs|js)$/.test(name) && !/\.d\.m?ts$/.test(name)).map((f) => relative(join(ROOT, 'src'), f));
const TESTS = files(join(ROOT, 'tests'), (name) => name.endsWith('.test.ts')).map((f) => relative(join(ROOT, 'tests'), f));
const MIRRORED_TESTS = TESTS.filter((test) => !KINDS.some((kind) => test.startsWith(kind)));

/** `a/b.test.ts` and `a/b.aspect.test.ts` → `a/b`, the source path without its extension. */
const moduleOf = (test: string): string => test.replace(/\.test\.ts$/, '').replace(/^((?:[^/]*\/)*[^/.]+)\..*$/, '$1');
const stem = (source: string): string => source.replace(/\.(?:ts|mts|mjs|js)$/, '');
const mirrored = new Set(MIRRORED_TESTS.map(moduleOf));

describe('tests mirror src/', () => {
  it('every source file has its unit test, or a reason in UNMIRRORED', () => {
    const missing = SOURCES.filter((source) => !mirrored.has(stem(source)) && !(source in UNMIRRORED));
    expect(missing, 'add tests/<path>.test.ts for these, or an UNMIRRORED entry saying why they have none').toEqual([]);
  });

  it('UNMIRRORED names only source files that exist and still have no test', () => {
    const stale = Object.keys(UNMIRRORED).filter((source) => !SOURCES.includes(source) || mirrored.has(stem(source)));
    expect(stale, 'remove these entries: the file is gone or its test has arrived').toEqual([]);
  });

  it('every test an entry names exists', () => {
    const absent = Object.values(UNMIRRORED).flatMap((reason) => (reason.test !== undefined && !existsSync(join(ROOT, reason.test)) ? [reason.test] : []));
    expect(absent).toEqual([]);
  });

  it('every test outside the kinds of tests/README.md is named after a source file', () => {
    const sources = new Set(SOURCES.map(stem));
    const orphans = MIRRORED_TESTS.filter((test) => !sources.has(moduleOf(test)));
    expect(orphans, 'move these beside the module they test, or into e2e/, hostile/, corpus/ or fuzz/').toEqual([]);
  });
});
