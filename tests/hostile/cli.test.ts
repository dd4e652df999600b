// Hostile input through the real command: each case gives good output or a
// located `path:line:col: severity: message` line, never a stack trace, a
// hang, a partial file or a silently missing paragraph or glyph.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { missingGlyphWarnings } from '../../src/missing-glyphs.ts';
import { formatDiagnostic } from '../../src/diagnostics.ts';
import { parseManuscript } from '../../src/parse/index.ts';
import { loadTheme } from '../../src/theme/load.ts';
import { readEpub } from '../helpers/epub-reader.ts';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { run, testWith } from '../helpers/external.ts';
import { readPdf } from '../helpers/read-pdf.ts';

const fixtures = 'tests/fixtures/hostile';
const STACK_FRAME = /\n\s+at /u;

function build(file: string, extra: readonly string[] = []): { status: number | null; stderr: string; out: string } {
  const out = temporaryDir();
  const run = runGalley(['build', file, '--out', out, ...extra]);
  return { status: run.status, stderr: run.stderr, out };
}

/** Exit 1, exactly these diagnostic lines, no stack trace, nothing written. */
function expectRejected(file: string, lines: readonly string[]): void {
  const run = build(join(fixtures, file));
  expect(run.status).toBe(1);
  expect(run.stderr.trimEnd().split('\n')).toEqual(lines);
  expect(run.stderr).not.toMatch(STACK_FRAME);
  expect(readdirSync(run.out)).toEqual([]);
}

/** Exit 0 with these warning lines among stderr; both files written. */
function expectBuiltWithWarnings(file: string, lines: readonly string[]): string {
  const run = build(join(fixtures, file));
  expect(run.stderr).not.toMatch(STACK_FRAME);
  expect(run.status).toBe(0);
  for (const line of lines) expect(run.stderr.split('\n')).toContain(line);
  const name = file.replace(/\.md$/u, '');
  expect(readdirSync(run.out).sort()).toEqual([`${name}.epub`, `${name}.pdf`]);
  return run.out;
}

async function pdfText(path: string): Promise<string> {
  return (await readPdf(readFileSync(path))).pages.map((p) => p.text).join('\n');
}

describe('front matter', () => {
  test('invalid YAML is an error at its position', () => {
    expectRejected('bad-yaml.md', [
      'tests/fixtures/hostile/bad-yaml.md:3:1: error: front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  test('unknown keys are warnings naming the closest known key', () => {
    expectBuiltWithWarnings('unknown-keys.md', [
      'tests/fixtures/hostile/unknown-keys.md:3:1: warning: unknown front matter key "titel"; did you mean "title"?',
      'tests/fixtures/hostile/unknown-keys.md:4:1: warning: unknown front matter key "autor"; did you mean "author"?',
    ]);
  });
});

describe('notes', () => {
  test('a note cited but never defined prints as written, with a warning (as GitHub does)', async () => {
    const out = expectBuiltWithWarnings('note-undefined.md', [
      'tests/fixtures/hostile/note-undefined.md:5:29: warning: note [^src] is cited but never defined; printed as written',
    ]);
    expect(await pdfText(join(out, 'note-undefined.pdf'))).toMatch(/needs a source\.\[\^src\]/u);
  });

  test('under --strict, the same manuscript is an error and nothing is written', () => {
    const run = build(join(fixtures, 'note-undefined.md'), ['--strict']);
    expect(run.status).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      'tests/fixtures/hostile/note-undefined.md:5:29: error: note [^src] is cited but never defined; printed as written [--strict]',
    ]);
    expect(readdirSync(run.out)).toEqual([]);
  });

  test('of two definitions of a note the first is kept (as GFM does); the second is a warning', async () => {
    const out = expectBuiltWithWarnings('note-duplicate.md', [
      'tests/fixtures/hostile/note-duplicate.md:11:1: warning: note [^a] is already defined at 7:1; this one is ignored',
    ]);
    const text = await pdfText(join(out, 'note-duplicate.pdf'));
    expect(text).toMatch(/Zebra first\./u);
    expect(text).not.toMatch(/Yak/u);
  });

  test('a note defined but never cited is a warning', () => {
    expectBuiltWithWarnings('note-uncited.md', ['tests/fixtures/hostile/note-uncited.md:7:1: warning: note [^lonely] is defined but never cited']);
  });
});

describe('images', () => {
  test('a missing image is replaced by its alt text, as Pandoc does, with a warning naming the file', async () => {
    const out = expectBuiltWithWarnings('image-missing.md', [
      `tests/fixtures/hostile/image-missing.md:7:1: warning: image "no-such-chart.png" not found in the manuscript's folder or "${process.cwd()}"; its alt text is shown instead`,
    ]);
    expect(await pdfText(join(out, 'image-missing.pdf'))).toMatch(/Some text first\.\s+A chart/u);
  });

  test.each([['image-not-image.md', 'image "not-an-image.png" is not a PNG, JPEG, SVG or PDF file; only those can be typeset']])('%s is an error with a hint', (file, message) => {
    expectRejected(file, [`tests/fixtures/hostile/${file}:7:1: error: ${message}`]);
  });
});

test('a remote image is not fetched: its alt text stands in, with a warning naming it', () => {
  const run = build(join(fixtures, 'image-remote.md'), ['--format', 'pdf']);
  expect(run.status).toBe(0);
  expect(run.stderr.trim()).toBe('tests/fixtures/hostile/image-remote.md:7:1: warning: remote image "https://example.com/chart.png" is not fetched (Galley never uses the network); its alt text is shown instead');
});

test('an image outside the manuscript folder but inside the working folder is used', () => {
  const run = build(join(fixtures, 'image-outside.md'), ['--format', 'pdf']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});

describe('files that are not Markdown text', () => {
  test('not UTF-8: an error with the byte offset', () => {
    expectRejected('latin1.md', ['tests/fixtures/hostile/latin1.md:5:4: error: invalid UTF-8 at byte offset 25 (byte 0xe9); save the manuscript as UTF-8']);
  });

  test('a binary file', () => {
    expectRejected('binary.md', ['tests/fixtures/hostile/binary.md:3:1: error: binary file, not a Markdown manuscript (NUL byte at byte offset 8)']);
  });

  test('an empty file', () => {
    expectRejected('empty.md', ['tests/fixtures/hostile/empty.md:1:1: error: the manuscript is empty; there is nothing to typeset']);
  });

  test('a file with only front matter', () => {
    expectRejected('front-matter-only.md', ['tests/fixtures/hostile/front-matter-only.md:5:1: error: the manuscript has no body text; there is nothing to typeset']);
  });
});

describe('size and depth', () => {
  // A title without the letter x, which the long word is made of (it is also the running head).
  const FRONT = '---\ntitle: Limits\n---\n\n';

  test('a 200,000-character word breaks across lines and is all there, within 30 s', async () => {
    const dir = temporaryDir();
    const file = join(dir, 'long-word.md');
    writeFileSync(file, `${FRONT}Before ${'x'.repeat(200_000)} after.\n`);
    const started = Date.now();
    const run = runGalley(['build', file, '--out', dir, '--format', 'pdf']);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(run.status).toBe(0);
    const text = await pdfText(join(dir, 'long-word.pdf'));
    expect(text.match(/x/gu)?.length).toBe(200_000);
    expect(text).toMatch(/Before/u);
    expect(text).toMatch(/after\./u);
  }, 60_000);

  test('400 levels of quotes and of indented lists build, with every item on the page', async () => {
    const dir = temporaryDir();
    const quotes = join(dir, 'quotes.md');
    const lists = join(dir, 'lists.md');
    writeFileSync(quotes, `${FRONT}${'>'.repeat(400)} the innermost quotation\n`);
    writeFileSync(lists, `${FRONT}${Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- item${i}`).join('\n')}\n`);
    for (const file of [quotes, lists]) expect(runGalley(['build', file, '--out', dir, '--format', 'pdf']).status).toBe(0);
    expect((await pdfText(join(dir, 'quotes.pdf'))).replace(/-\n/gu, '').replace(/\s+/gu, ' ')).toMatch(/the innermost quotation/u);
    const items = (await pdfText(join(dir, 'lists.pdf'))).match(/item\d+/gu) ?? [];
    expect(new Set(items).size).toBe(400);
  }, 120_000);

  test('2,000 levels are a located error, found before the parser could hang', () => {
    const dir = temporaryDir();
    const quotes = join(dir, 'quotes.md');
    const lists = join(dir, 'lists.md');
    writeFileSync(quotes, `${FRONT}Fine.\n\n${'>'.repeat(2000)} too deep\n`);
    writeFileSync(lists, `${FRONT}Fine.\n\n${Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')}\n`);
    const started = Date.now();
    const quoted = runGalley(['build', quotes, '--out', dir]);
    const listed = runGalley(['build', lists, '--out', dir]);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect([quoted.status, listed.status]).toEqual([1, 1]);
    expect(quoted.stderr.trim()).toBe(
      `${quotes}:7:1: error: quotes and lists are nested about 2000 levels deep here; Galley typesets at most 500 levels, so flatten them`,
    );
    // Many deep lines cost the parser more than one very deep line: a budget stops them sooner.
    expect(listed.stderr.trim()).toBe(
      `${lists}:454:1: error: 416 lines are nested more than 32 levels deep up to here, too many to parse in reasonable time; flatten the quotes or lists`,
    );
    expect(readdirSync(dir).sort()).toEqual(['lists.md', 'quotes.md']);
  });

  test('a 1 MB manuscript builds in bounded memory', () => {
    const dir = temporaryDir();
    const file = join(dir, 'large.md');
    const paragraph = 'The harbour ledger records each ship, its cargo and the tide it sailed on. '.repeat(12);
    writeFileSync(file, `${FRONT}${Array.from({ length: 1300 }, (_, i) => (i % 40 === 0 ? `## Part ${i}\n\n` : `${paragraph}\n\n`)).join('')}`);
    expect(statSync(file).size).toBeGreaterThan(1_000_000);
    // The child reports its own peak resident set (KB) as it exits.
    const probe = join(dir, 'peak.mjs');
    writeFileSync(probe, "process.on('exit', () => process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\\n`));\n");
    const run = runGalley(['build', file, '--out', dir], { NODE_OPTIONS: `--import=${probe}` });
    expect(run.status).toBe(0);
    const peakKb = Number(/peak-rss-kb (\d+)/u.exec(run.stderr)?.[1]);
    console.log(`1 MB manuscript: peak RSS ${Math.round(peakKb / 1024)} MB`);
    expect(peakKb).toBeLessThan(1024 * 1024);
    expect(existsSync(join(dir, 'large.pdf'))).toBe(true);
  }, 120_000);
});

describe('raw HTML and unsafe links', () => {
  test('nothing executable reaches the EPUB; the PDF keeps the text, never the tags', async () => {
    const out = expectBuiltWithWarnings('raw-html.md', [
      'tests/fixtures/hostile/raw-html.md:5:1: warning: a <script> element is left out of the output',
      'tests/fixtures/hostile/raw-html.md:7:66: warning: a <iframe> element is left out of the output',
      'tests/fixtures/hostile/raw-html.md:11:1: warning: HTML image "x" is not a PNG, JPEG, SVG or PDF file Galley can take; its alt text is kept',
    ]);
    const epub = await readEpub(readFileSync(join(out, 'raw-html.epub')));
    for (const name of epub.names.filter((n) => n.endsWith('.xhtml'))) {
      const xhtml = await epub.text(name);
      expect(xhtml).not.toMatch(/<(script|iframe|object|embed)\b/iu);
      expect(xhtml).not.toMatch(/\son[a-z]+\s*=/iu);
      expect(xhtml).not.toMatch(/javascript:/iu);
      expect(xhtml).not.toMatch(/document\.cookie/u);
    }
    const text = await pdfText(join(out, 'raw-html.pdf'));
    expect(text).toMatch(/bold words/u);
    expect(text).toMatch(/A block of kept text\./u);
    expect(text).not.toMatch(/[<>]|onclick|document\.cookie/u);
  });

  test('javascript:, data:, file: and relative links lose the link, keep the text, and warn', async () => {
    const out = expectBuiltWithWarnings('unsafe-links.md', [
      'tests/fixtures/hostile/unsafe-links.md:5:5: warning: link to "javascript:alert(1)" is dropped because "javascript:" links are not allowed in a book; its text is kept',
      'tests/fixtures/hostile/unsafe-links.md:5:40: warning: link to "data:text/html,boo" is dropped because "data:" links are not allowed in a book; its text is kept',
      'tests/fixtures/hostile/unsafe-links.md:5:72: warning: link to "file:///etc/passwd" is dropped because "file:" links are not allowed in a book; its text is kept',
      'tests/fixtures/hostile/unsafe-links.md:5:105: warning: link to "other-page.html" is dropped because it is not a web address or a place in this book; its text is kept',
      'tests/fixtures/hostile/unsafe-links.md:11:18: warning: link to "vbscript:msgbox(1)" is dropped because "vbscript:" links are not allowed in a book; its text is kept',
    ]);
    const epub = await readEpub(readFileSync(join(out, 'unsafe-links.epub')));
    const hrefs = (await Promise.all(epub.names.filter((n) => /text-\d+\.xhtml$/u.test(n)).map((n) => epub.text(n))))
      .flatMap((xhtml) => [...xhtml.matchAll(/<a [^>]*href="([^"]*)"/gu)].map((m) => m[1]));
    expect(hrefs).toEqual(expect.arrayContaining(['https://example.com/a%20b', 'mailto:editor@example.com']));
    expect(hrefs.filter((h) => /^(javascript|data|file|vbscript):|other-page/u.test(h ?? ''))).toEqual([]);
    const text = await pdfText(join(out, 'unsafe-links.pdf'));
    for (const kept of ['this trick', 'that one', 'a file', 'a page', 'by reference']) expect(text).toContain(kept);
  });
});

describe('characters the body font lacks', () => {
  let scriptsOut: string | undefined;
  const scriptsPdf = (): string => join((scriptsOut ??= expectBuiltWithWarnings('scripts.md', [])), 'scripts.pdf');

  test('Greek, Cyrillic, Hangul, CJK, emoji, Devanagari, Bengali, Thai, Tamil and Burmese are all in the text layer', async () => {
    const text = await pdfText(scriptsPdf());
    for (const word of ['αβγ', 'Привет', '한국어', '中文字们', 'ひらがな', '😀🎉', 'नमस्ते', 'বাংলা', 'สวัสดี', 'வணக்கம்', 'မင်္ဂလာပါ']) expect(text).toContain(word);
  });

  testWith('pdffonts', 'Greek and Cyrillic come from the body face; Hangul, CJK, emoji and the scripts of India from lazily loaded Noto fallbacks', () => {
    const fonts = run('pdffonts', [scriptsPdf()]);
    for (const face of ['SourceSerif4', 'NotoSerifSC', 'NotoSerifKR', 'NotoEmoji', 'NotoSerifDevanagari', 'NotoSerifBengali', 'NotoSansThaiLooped', 'NotoSansTamil']) expect(fonts).toContain(face);
  });

  testWith('pdffonts', 'a manuscript in Latin script embeds no fallback face', () => {
    const out = expectBuiltWithWarnings('note-uncited.md', []);
    expect(run('pdffonts', [join(out, 'note-uncited.pdf')])).not.toMatch(/Noto/u);
  });

  test('characters no font has are one warning per stretch, at its own position', () => {
    const file = join(fixtures, 'scripts.md');
    const { document } = parseManuscript(file, readFileSync(file));
    if (document === null) throw new Error('scripts.md should parse');
    const warnings = missingGlyphWarnings(document, loadTheme()).map(formatDiagnostic);
    expect(warnings).toEqual([
      "tests/fixtures/hostile/scripts.md:15:11: warning: no font has a glyph for 'ᠮᠣᠩᠭᠣᠯ' (U+182E U+1823 U+1829 U+182D U+182F); drawn as U+FFFD",
    ]);
  });
});

describe('nothing lost', () => {
  test('a failed build leaves the previous good output in place and no partial file', () => {
    const dir = temporaryDir();
    const file = join(dir, 'book.md');
    writeFileSync(file, '---\ntitle: Good\n---\n\nA good paragraph.\n');
    expect(runGalley(['build', file, '--out', dir]).status).toBe(0);
    const before = { pdf: readFileSync(join(dir, 'book.pdf')), epub: readFileSync(join(dir, 'book.epub')) };
    writeFileSync(file, '---\ntitle: Broken\ndate: 2024-02-30\n---\n\nA claim.\n');
    const run = runGalley(['build', file, '--out', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(readdirSync(dir).sort()).toEqual(['book.epub', 'book.md', 'book.pdf']);
    expect(readFileSync(join(dir, 'book.pdf')).equals(before.pdf)).toBe(true);
    expect(readFileSync(join(dir, 'book.epub')).equals(before.epub)).toBe(true);
  });

  test('--debug adds the stack trace to a user error; without it there is none', () => {
    const file = join(fixtures, 'bad-yaml.md');
    const plain = runGalley(['build', file, '--out', temporaryDir()]);
    const debug = runGalley(['build', file, '--out', temporaryDir(), '--debug']);
    expect(plain.stderr).not.toMatch(STACK_FRAME);
    expect(debug.status).toBe(1);
    expect(debug.stderr).toMatch(STACK_FRAME);
  });

  test('an internal error says so and where to report it, with a trace only under --debug, and writes nothing', () => {
    // A fault injected into zlib, which the PDF writer needs: the kind of failure that is Galley's bug, not the user's.
    const dir = temporaryDir();
    const fault = join(dir, 'fault.mjs');
    writeFileSync(fault, "import zlib from 'node:zlib';\nzlib.deflateSync = () => { throw new Error('injected fault'); };\n");
    const env = { NODE_OPTIONS: `--import=${fault}` };
    const out = join(dir, 'out');
    const plain = runGalley(['build', join(fixtures, 'note-uncited.md'), '--out', out], env);
    expect(plain.status).toBe(3);
    expect(plain.stderr).toMatch(/^tests\/fixtures\/hostile\/note-uncited\.md: internal error: injected fault$/mu);
    expect(plain.stderr).toMatch(/This is a bug in Galley, not in your manuscript\. Please report it on the Galley issue tracker/u);
    expect(plain.stderr).not.toMatch(STACK_FRAME);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    const debug = runGalley(['build', join(fixtures, 'note-uncited.md'), '--out', out, '--debug'], env);
    expect(debug.status).toBe(3);
    expect(debug.stderr).toMatch(STACK_FRAME);
  });
});
