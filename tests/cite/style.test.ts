// The style check: real CSL styles pass, broken ones are located.
import { describe, expect, it } from 'vitest';
import { defaultStyle, readStyle } from '../../src/cite/style.ts';

describe('readStyle', () => {
  it('accepts the default Chicago style as a note style', () => {
    const style = readStyle('chicago', defaultStyle().xml());
    expect('kind' in style && style.kind).toBe('note');
  });

  it('locates what breaks a style', () => {
    const csl = (body: string, cls = 'note'): string => `<style xmlns="http://purl.org/net/xbiblio/csl" class="${cls}" version="1.0">\n${body}\n</style>`;
    expect(readStyle('s', csl('<citation><layout><text variable="title"/></layout></citation>', 'numeric'))).toEqual({
      at: { line: 1, column: 1 },
      message: 'not a usable CSL style: <style> needs class="note" or class="in-text"',
    });
    expect(readStyle('s', csl('<info/>'))).toEqual({ at: { line: 1, column: 1 }, message: 'not a usable CSL style: it has no <citation> element' });
    expect(readStyle('s', csl('<citation><layout>A & B</layout></citation>'))).toEqual({
      at: { line: 2, column: 21 },
      message: 'not well-formed XML: a "&" that starts no entity (write &amp;)',
    });
    expect(readStyle('s', '<style xmlns="http://example.org/other"/>')).toEqual({
      at: { line: 1, column: 1 },
      message: 'not a CSL style: the root element must be <style xmlns="http://purl.org/net/xbiblio/csl">',
    });
    expect(readStyle('s', `${csl('<citation><layout/></citation>')}<style/>`)).toEqual({
      at: { line: 3, column: 9 },
      message: 'not well-formed XML: an element after the root element',
    });
  });
});
