// Pandoc's implicit figure: an image alone in its paragraph, perhaps linked,
// its attributes aside, is a figure; with anything else beside it, it is not.
import type { Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { loneImage } from '../../src/parse/lone-image.ts';
import { parseMarkdown } from '../../src/parse/markdown.ts';

const lone = (markdown: string) => {
  const paragraph = parseMarkdown(markdown, new Diagnostics('m.md'))?.children[0] as Paragraph;
  return loneImage(paragraph.children, markdown);
};

describe('loneImage', () => {
  it('finds the image alone, with the attribute block after it kept on it', () => {
    expect(lone('![A map](map.png)')?.image).toMatchObject({ type: 'image', url: 'map.png' });
    expect(lone('![A map](map.png){#fig:map width=50%} ')?.image.data?.attributes?.attributes).toEqual({ id: 'fig:map', classes: [], pairs: { width: '50%' } });
  });

  it('finds it inside a link, the link given too', () => {
    const found = lone('[![A map](map.png){#m}](https://example.org)');
    expect(found?.image.data?.attributes?.attributes.id).toBe('m');
    expect(found?.link).toMatchObject({ type: 'link', url: 'https://example.org' });
  });

  it('finds none beside text, beside a second image, or before an escaped brace', () => {
    expect(lone('See ![A map](map.png)')).toBeUndefined();
    expect(lone('![A](a.png) ![B](b.png)')).toBeUndefined();
    expect(lone('![A map](map.png)\\{#m}')).toBeUndefined();
  });
});
