// The Pandoc front matter keys about the list of sources and its links:
// nocite, reference-section-title, link-citations, link-bibliography,
// suppress-bibliography; and the abstract, read before the body.
import { describe, expect, it } from 'vitest';
import type { Block, Inline } from '../../src/document.ts';
import { documentOf, messages, noteText, parseBook, showBlock } from '../helpers/cite.ts';

function links(inlines: readonly Inline[]): string[] {
  return inlines.flatMap((inline) => ('children' in inline ? [...(inline.type === 'link' ? [inline.url] : []), ...links(inline.children)] : []));
}

function heading(blocks: readonly Block[]): string | undefined {
  const found = blocks.find((b) => b.type === 'heading');
  return found === undefined ? undefined : showBlock(found);
}

function listText(blocks: readonly Block[]): string {
  const list = blocks.find((b) => b.type === 'list');
  return list === undefined ? '' : showBlock(list);
}

describe('nocite', () => {
  it('lists a source never cited, without the "never cited" warning', () => {
    const result = parseBook('Tides [@doe].', ['bibliography: sources.yaml', 'nocite: |', '  @ames']);
    const doc = documentOf(result);
    expect(listText(doc.blocks)).toContain('Ames');
    expect(messages(result).join('\n')).not.toContain('"ames" is never cited');
    expect(messages(result).join('\n')).toContain('"zed:2019" is never cited');
  });

  it('lists every source for @*, even with no citation at all', () => {
    const doc = documentOf(parseBook('No citation here.', ['bibliography: sources.yaml', "nocite: '@*'"]));
    const list = listText(doc.blocks);
    expect(list).toContain('Doe');
    expect(list).toContain('Ames');
  });

  it('warns at nocite about a key no source has', () => {
    const result = parseBook('Tides [@doe].', ['bibliography: sources.yaml', 'nocite: "@amse"']);
    expect(messages(result)).toContain(`${'tests/fixtures/cite/book.md'}:4:9: warning: nocite: unknown source "@amse" is not listed; did you mean "@ames"?`);
  });
});

describe('the list and its links', () => {
  it('takes its heading from reference-section-title', () => {
    const doc = documentOf(parseBook('Tides [@doe].', ['bibliography: sources.yaml', 'reference-section-title: Works cited']));
    expect(heading(doc.blocks)).toBe('Works cited');
  });

  it('links a citation to its entry unless link-citations is false', () => {
    const linked = documentOf(parseBook('Tides [@doe].'));
    expect(links(linked.notes[0]?.children.flatMap((b) => (b.type === 'paragraph' ? b.children : [])) ?? [])).toEqual(['#src-doe']);
    const plain = documentOf(parseBook('Tides [@doe].', ['bibliography: sources.yaml', 'link-citations: false']));
    expect(noteText(plain.notes[0])).toContain('Harbours and Tides');
    expect(links(plain.notes[0]?.children.flatMap((b) => (b.type === 'paragraph' ? b.children : [])) ?? [])).toEqual([]);
  });

  it('drops the links inside entries for link-bibliography: false, keeping their text', () => {
    const entryLinks = (settings: string[]): string[] => {
      const list = documentOf(parseBook('Tides [@ames].', settings)).blocks.find((b) => b.type === 'list');
      return list?.type === 'list' ? list.items.flatMap((item) => item.children.flatMap((b) => (b.type === 'paragraph' ? links(b.children) : []))) : [];
    };
    expect(entryLinks(['bibliography: sources.yaml']).length).toBeGreaterThan(0);
    expect(entryLinks(['bibliography: sources.yaml', 'link-bibliography: false'])).toEqual([]);
  });

  it('prints no list for suppress-bibliography, the notes staying', () => {
    const doc = documentOf(parseBook('Tides [@doe].', ['bibliography: sources.yaml', 'suppress-bibliography: true']));
    expect(doc.blocks.some((b) => b.type === 'list')).toBe(false);
    expect(noteText(doc.notes[0])).toContain('Harbours and Tides');
  });

  it('refuses a link-citations that is not true or false, at its value', () => {
    const result = parseBook('Tides.', ['link-citations: sometimes']);
    expect(messages(result)).toContain('tests/fixtures/cite/book.md:3:17: error: front matter "link-citations" must be true or false');
  });
});

describe('where the list goes', () => {
  /** Each block as a reader sees it: a heading as `# text`, the list as `- entry` lines. */
  const outline = (blocks: readonly Block[]): string[] =>
    blocks.map((b) => (b.type === 'heading' ? `${'#'.repeat(b.depth)} ${showBlock(b)}` : b.type === 'list' ? `- ${showBlock(b).split('\n').join('\n- ')}` : showBlock(b)));
  const LIST = '- Doe, Jane. *Harbours and Tides*. Boston: Sea Press, 2020.';

  it('goes under an empty last heading named References, Bibliography, Works Cited or Sources, with no heading of its own', () => {
    for (const name of ['References', 'bibliography', 'Works  Cited', 'SOURCES']) {
      expect(outline(documentOf(parseBook(`Tides [@doe].\n\n# ${name}\n`)).blocks)).toEqual(['Tides.^1', `# ${name}`, LIST]);
    }
    // Under the heading reference-section-title names, too.
    expect(outline(documentOf(parseBook('Tides [@doe].\n\n## Literature\n', ['bibliography: sources.yaml', 'reference-section-title: Literature'])).blocks)).toEqual([
      'Tides.^1',
      '## Literature',
      LIST,
    ]);
  });

  it('keeps its own heading after a last heading of another name, or a References section with text in it', () => {
    expect(outline(documentOf(parseBook('Tides [@doe].\n\n# Acknowledgements\n')).blocks)).toEqual(['Tides.^1', '# Acknowledgements', '## Sources', LIST]);
    expect(outline(documentOf(parseBook('Tides [@doe].\n\n# References\n\nSee below.\n')).blocks)).toEqual(['Tides.^1', '# References', 'See below.', '## Sources', LIST]);
  });

  it('goes into a ::: {#refs} div, as Pandoc puts it, after what the div holds', () => {
    const doc = documentOf(parseBook('Tides [@doe].\n\n# References\n\n::: {#refs}\nFirst:\n:::\n\n# Appendix\n\nMore.\n'));
    expect(outline(doc.blocks)).toEqual(['Tides.^1', '# References', 'First:', LIST, '# Appendix', 'More.']);
    // With nothing to list, the div leaves nothing behind.
    const none = documentOf(parseBook('Tides.\n\n::: {#refs}\n:::\n', ['bibliography: sources.yaml', 'suppress-bibliography: true']));
    expect(none.blocks.filter((b) => b.type === 'list')).toEqual([]);
  });
});

describe('abstract', () => {
  it('prints the abstract first, headed "Abstract", with its citation numbered before the body\'s', () => {
    const doc = documentOf(parseBook('Body [@ames].', ['bibliography: sources.yaml', 'abstract: |', '  We *measure* tides [@doe].', '', '  Second paragraph.']));
    const first = doc.blocks[0];
    const inside = first?.type === 'blockquote' ? first.children.map(showBlock) : [];
    expect(inside).toEqual(['**Abstract**', 'We *measure* tides.^1', 'Second paragraph.']);
    expect(noteText(doc.notes[0])).toContain('Doe');
    expect(noteText(doc.notes[1])).toContain('Ames');
    expect(doc.metadata.description).toBe('We measure tides.');
  });

  it('reports a problem inside the abstract at its manuscript line', () => {
    const result = parseBook('Body.', ['abstract: |', '  Fine.', '', '  Tides [@nobody].']);
    expect(messages(result).join('\n')).toMatch(/book\.md:6:10: warning: citation "@nobody" is printed as written: the front matter names no sources/u);
  });
});
