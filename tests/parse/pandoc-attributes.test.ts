// Pandoc's attribute blocks and a fenced div's fence info, read alone.
import { describe, expect, it } from 'vitest';
import { leadingAttributes, readAttributes, readFenceInfo } from '../../src/parse/pandoc-attributes.ts';

describe('readAttributes', () => {
  it('reads the id, the classes and the key=value pairs, quoted or not', () => {
    expect(readAttributes('{#special .sidebar .wide key=val title="A title" note=\'one\'}')).toEqual({
      id: 'special',
      classes: ['sidebar', 'wide'],
      pairs: { key: 'val', title: 'A title', note: 'one' },
    });
    expect(readAttributes('{ - }')).toEqual({ classes: ['unnumbered'], pairs: {} });
    // An id keeps its periods, as Pandoc's manuals name functions: {#pandoc.read}.
    expect(readAttributes('{#pandoc.read .lua}')).toEqual({ id: 'pandoc.read', classes: ['lua'], pairs: {} });
    expect(readAttributes('{}')).toEqual({ classes: [], pairs: {} });
  });

  it('is null for anything but a whole attribute block', () => {
    expect(readAttributes('{not an attribute}')).toBeNull();
    expect(readAttributes('#id .class')).toBeNull();
    expect(readAttributes('{#a} trailing')).toBeNull();
  });
});

describe('leadingAttributes', () => {
  it('reads the block a text opens with and its length, over a line ending too', () => {
    expect(leadingAttributes('{.white} and more')).toEqual({ attributes: { classes: ['white'], pairs: {} }, length: 8 });
    expect(leadingAttributes('{#a\nwidth=50%}.')).toEqual({ attributes: { id: 'a', classes: [], pairs: { width: '50%' } }, length: 14 });
    expect(leadingAttributes('{}x')).toEqual({ attributes: { classes: [], pairs: {} }, length: 2 });
  });

  it('is null when the text does not open with a block', () => {
    expect(leadingAttributes(' {.white}')).toBeNull();
    expect(leadingAttributes('{not attrs}')).toBeNull();
    expect(leadingAttributes('{.open')).toBeNull();
  });
});

describe('readFenceInfo', () => {
  it('reads attributes or one class name, closing colons left out', () => {
    expect(readFenceInfo('{#input-formats}')).toEqual({ id: 'input-formats', classes: [], pairs: {} });
    expect(readFenceInfo('Warning ::::::')).toEqual({ classes: ['Warning'], pairs: {} });
    expect(readFenceInfo('{.callout-tip title="A tip"} :::')).toEqual({ classes: ['callout-tip'], pairs: { title: 'A tip' } });
    expect(readFenceInfo('info Meta-Only')).toEqual({ classes: ['info'], pairs: { title: 'Meta-Only' } });
    expect(readFenceInfo('tip[A shortcut] :::')).toEqual({ classes: ['tip'], pairs: { title: 'A shortcut' } });
    expect(readFenceInfo('Tip words')).toBeNull();
    expect(readFenceInfo('sidebar with words')).toBeNull();
  });

  it('reads a MyST directive’s name and argument (`:::{note}`), a brace that is no attribute block', () => {
    expect(readFenceInfo('{note}')).toEqual({ classes: [], pairs: {}, directive: { name: 'note', argument: '' } });
    expect(readFenceInfo('{admonition} A title')).toEqual({ classes: [], pairs: {}, directive: { name: 'admonition', argument: 'A title' } });
    expect(readFenceInfo('{note words}')).toBeNull();
  });

  it('is null with nothing after the colons, or prose', () => {
    expect(readFenceInfo('')).toBeNull();
    expect(readFenceInfo(' ::: ')).toBeNull();
    expect(readFenceInfo('this is prose')).toBeNull();
  });
});
