// Material nobody on this project wrote: the parser must survive it. Errors as
// diagnostics are fine; a thrown exception is not.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { spanOf } from '../../src/document/position.ts';
import { visit } from '../../src/document/visit.ts';
import { blockText } from '../../src/text.ts';
import { parseManuscript } from '../../src/parse/index.ts';
import { sharedPath } from '../helpers/cli.ts';

const PANDOC = sharedPath('corpus/pandoc/testsuite.txt');
const TITLE = '---\ntitle: Corpus\n---\n';

interface SpecExample {
  readonly markdown: string;
  readonly number: number;
  readonly section: string;
}
const spec = createRequire(import.meta.url)('commonmark-spec') as { tests: readonly SpecExample[] };

describe('pandoc test suite', () => {
  const bytes = readFileSync(PANDOC);

  it('parses as given (it has no YAML title, and prose before its first heading): its file name is the title, with a warning, and nothing is an error', () => {
    const result = parseManuscript(PANDOC, bytes);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.diagnostics[0]?.message).toBe('the manuscript has no "title" in its front matter; the file name, "testsuite", is the title');
    expect(result.document?.metadata.title).toBe('testsuite');
    // "# Headers" stays where the suite has it, after its introduction.
    expect(result.document?.blocks.find((b) => b.type === 'heading')).toMatchObject({ depth: 1 });
  });

  it('builds a document once given a title, keeping its notes, images and sections', () => {
    const result = parseManuscript(PANDOC, Buffer.concat([Buffer.from(TITLE), bytes]));
    const document = result.document;
    expect(document).not.toBeNull();
    if (!document) return;
    expect(result.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    // Two written notes and, as Pandoc reads them (tests/testsuite.native), three inline ones.
    expect(document.notes.map((n) => n.label)).toEqual(['1', 'longnote', '^[This is easier to type. Inline…]', '^[In quote.]', '^[In list.]']);
    expect(blockText(document.notes[2]?.children[0] ?? { type: 'thematicBreak' })).toContain('links and ] verbatim characters, as well as [bracketed text].');
    const figures = document.blocks.filter((b) => b.type === 'figure');
    expect(figures.map((f) => f.type === 'figure' && [f.image.width, f.image.height])).toEqual([[250, 250]]);
    const headings = document.blocks.filter((b) => b.type === 'heading').map((b) => (b.type === 'heading' ? b.id : ''));
    expect(new Set(headings).size).toBe(headings.length);
    // Its last section survives to the end.
    expect(blockText(document.blocks.at(-1) ?? { type: 'thematicBreak' })).toContain('This paragraph should not be part of the note');
  });
});

describe('pandoc test suite: its LaTeX section, math as Pandoc reads it (tests/testsuite.native)', () => {
  const result = parseManuscript(PANDOC, Buffer.concat([Buffer.from(TITLE), readFileSync(PANDOC)]));
  const document = result.document;
  const text = readFileSync(PANDOC, 'utf8');
  const from = text.indexOf('# LaTeX');
  const to = text.indexOf("Here's a LaTeX table:");
  const section = (document?.blocks ?? []).filter((block) => {
    const at = spanOf(block)?.start.offset ?? -1;
    return at >= from + TITLE.length && at < to + TITLE.length;
  });
  const formulas: string[] = [];
  visit(section, { inline: (node) => void (node.type === 'math' && formulas.push(`${node.display ? 'Display' : 'Inline'} ${node.tex}`)) });

  it('reads the formulas Pandoc reads, inline and display, and no others', () => {
    expect(formulas).toEqual([
      'Inline 2+2=4',
      'Inline x \\in y',
      'Inline \\alpha \\wedge \\omega',
      'Inline 223',
      'Inline p',
      'Display \\frac{d}{dx}f(x)=\\lim_{h\\to 0}\\frac{f(x+h)-f(x)}{h}',
      'Inline \\alpha + \\omega \\times x^2',
    ]);
  });

  it('keeps as text what "shouldn’t be math": prices, a code span, an escaped dollar; emphasis between them still works', () => {
    const prose = section.map(blockText).join('\n');
    expect(prose).toContain('To get the famous equation, write $e = mc^2$.');
    expect(prose).toContain('$22,000 is a lot of money.  So is $34,000.');
    expect(prose).toContain('Shoes ($20) and socks ($5).');
    expect(prose).toContain('$73 this should be emphasized 23$.');
    const emphasized: string[] = [];
    visit(section, { inline: (node) => void (node.type === 'emphasis' && emphasized.push(node.children.map((c) => (c.type === 'text' ? c.value : '')).join(''))) });
    expect(emphasized).toEqual(['lot', 'this should be emphasized']);
  });
});

describe('CommonMark spec examples', () => {
  it(`parses all ${spec.tests.length} examples without throwing`, () => {
    const counts = { documents: 0, rejected: 0, warnings: 0 };
    const reasons = new Set<string>();
    for (const example of spec.tests) {
      const result = parseManuscript(`example-${example.number}.md`, Buffer.from(TITLE + example.markdown));
      for (const d of result.diagnostics) {
        expect(d.line, `example ${example.number}`).toBeGreaterThanOrEqual(1);
        expect(d.column, `example ${example.number}`).toBeGreaterThanOrEqual(1);
        if (d.severity === 'warning') counts.warnings++;
        else reasons.add(d.message.replace(/"[^"]*"/, '"…"'));
      }
      if (result.document) counts.documents++;
      else counts.rejected++;
    }
    console.info(
      `CommonMark: ${spec.tests.length} examples, ${counts.documents} documents, ${counts.rejected} rejected with errors, ${counts.warnings} warnings`,
    );
    expect(counts.documents + counts.rejected).toBe(spec.tests.length);
    // The examples are fragments: some have no body text (images at /url that do not exist are warnings, their alt text shown).
    expect([...reasons].sort()).toEqual(['the manuscript has no body text; there is nothing to typeset']);
  });
});
