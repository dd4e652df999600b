// Whether a book shows code or images, however deep: it decides whether the
// mono face is embedded (code set in a fallback face otherwise) and what the
// package's accessibility metadata declares.
import { describe, expect, test } from 'vitest';
import type { Block, ImageRef } from '../../src/document.ts';
import { hasCode, hasImages } from '../../src/epub/walk.ts';
import { code, codeBlock, em, item, list, para, quote } from '../helpers/build-doc.ts';

const image: ImageRef = { path: '/tmp/chart.png', alt: 'A chart', mediaType: 'image/png', width: 10, height: 10 };

describe('hasCode', () => {
  test('finds inline code at any depth and code blocks inside quotes and lists', () => {
    expect(hasCode([para('plain')])).toBe(false);
    expect(hasCode([list(false, [item(para(em('see ', code('x()'))))])])).toBe(true);
    expect(hasCode([quote(codeBlock('let x = 1;'))])).toBe(true);
  });
});

describe('hasImages', () => {
  test('finds figures and inline images, and nothing in a text-only book', () => {
    const figure: Block = { type: 'figure', image, caption: [] };
    expect(hasImages([para('plain'), codeBlock('x')])).toBe(false);
    expect(hasImages([quote(figure)])).toBe(true);
    expect(hasImages([para('a ', { type: 'image', image })])).toBe(true);
  });
});
