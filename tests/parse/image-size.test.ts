// Pandoc's width and height attributes on an image: read in Pandoc's units,
// carried on the image to both writers; a value in no unit Pandoc reads is
// left out with a warning at it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLength } from '../../src/parse/image-size.ts';
import { documentOf, FIXTURES, messages, parse, withTitle } from '../helpers/parse.ts';

const manuscript = join(FIXTURES, 'images', 'book.md');

describe('readLength', () => {
  it('reads percentages and ems as written, and px (96 to the inch; a bare number too), in, cm, mm and pt as points', () => {
    expect(readLength('50%')).toEqual({ value: 50, unit: '%' });
    expect(readLength('2.5em')).toEqual({ value: 2.5, unit: 'em' });
    expect(readLength('300px')).toEqual({ value: 225, unit: 'pt' });
    expect(readLength('300')).toEqual({ value: 225, unit: 'pt' });
    expect(readLength('2in')).toEqual({ value: 144, unit: 'pt' });
    expect(readLength('1inch')).toEqual({ value: 72, unit: 'pt' });
    expect(readLength('2.54cm')?.value).toBeCloseTo(72);
    expect(readLength('25.4mm')?.value).toBeCloseTo(72);
    expect(readLength('.5pt')).toEqual({ value: 0.5, unit: 'pt' });
  });

  it('reads no other unit, no zero and no word', () => {
    for (const written of ['50vw', '3ex', 'auto', '0', '0%', '-3cm', '', '50 %x']) expect(readLength(written)).toBeNull();
  });
});

describe('an image’s width and height', () => {
  it('go on the figure’s image as written, and on an image in running text', () => {
    const blocks = documentOf(parse(withTitle('![Map](wide.png){width=50%}\n\nSee ![b](wide.png){height=2cm} here.\n'), manuscript)).blocks;
    expect(blocks[0]).toMatchObject({ type: 'figure', image: { size: { width: { value: 50, unit: '%' } } } });
    const inline = blocks.flatMap((block) => (block.type === 'paragraph' ? block.children : [])).find((inline) => inline.type === 'image');
    expect(inline?.type === 'image' && inline.image.size?.height?.value).toBeCloseTo(72 / 2.54 * 2);
  });

  it('leaves a value in an unknown unit out, with a warning at its key, and keeps the other', () => {
    const result = parse(withTitle('Text.\n\n![Map](wide.png){#m width=50vw height=3cm}\n'), manuscript);
    expect(documentOf(result).blocks[1]).toMatchObject({ type: 'figure', id: 'm', image: { size: { height: { unit: 'pt' } } } });
    expect(documentOf(result).blocks[1]).not.toHaveProperty('image.size.width');
    expect(messages(result)).toEqual([expect.stringMatching(/book\.md:6:21: warning: image width "50vw" is not a length Galley can read \(a number with %, px, in, cm, mm, pt or em, as Pandoc reads it\); it is left out$/u)]);
  });

  it('are none for an image without them', () => {
    const [figure] = documentOf(parse(withTitle('![Map](wide.png){.wide}\n'), manuscript)).blocks;
    expect(figure).not.toHaveProperty('image.size');
  });
});
