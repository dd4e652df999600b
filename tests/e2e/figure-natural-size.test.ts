// A figure with no size asked for is printed at the size its file asks for
// (its pixels at its declared resolution, 96 to the inch without one; an SVG's
// own width), never wider than the measure, as Pandoc's LaTeX, Typst and a
// browser print it; the EPUB gives the same size in CSS pixels. Before, every
// figure was blown up to the measure: a 200-pixel icon filled the line.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { elements, readEpub } from '../helpers/epub-reader.ts';
import { imagesDrawn } from '../helpers/images-drawn.ts';

const MANUSCRIPT = `---
title: Figures at their own size
---

A diagram drawn at 144 pixels to the inch:

![Diagram](diagram.png)

An SVG three centimetres wide:

![Mark](mark.svg)

A photograph of 3,000 pixels, wider than the page at any ordinary resolution:

![Photograph](photo.jpg)

The end.
`;

const MEASURE = 4.3 * 72;

describe('figures printed at their natural size', () => {
  const dir = temporaryDir();
  const file = join(dir, 'natural.md');
  beforeAll(async () => {
    writeFileSync(file, MANUSCRIPT);
    const field = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#36c' } });
    await field(288, 144).withMetadata({ density: 144 }).png().toFile(join(dir, 'diagram.png'));
    await field(3000, 2000).jpeg().toFile(join(dir, 'photo.jpg'));
    writeFileSync(join(dir, 'mark.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="3cm" height="1.5cm" viewBox="0 0 60 30"><rect width="60" height="30" fill="#c33"/></svg>');
    const run = runGalley(['build', file, '--out', dir, '--strict']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  test('the PDF draws the diagram 2 inches wide, the SVG 3 cm, and the photograph at the measure', async () => {
    const drawn = await imagesDrawn(readFileSync(join(dir, 'natural.pdf')));
    expect(drawn).toHaveLength(3);
    const [diagram, mark, photo] = drawn;
    expect(diagram?.width).toBeCloseTo(144, 0);
    expect(diagram?.height).toBeCloseTo(72, 0);
    expect(mark?.width).toBeCloseTo((3 / 2.54) * 72, 0);
    expect(photo?.width).toBeCloseTo(MEASURE, 0);
    expect(photo?.height).toBeCloseTo((MEASURE * 2) / 3, 0);
  });

  test('the EPUB gives each image the same natural size in CSS pixels, the stylesheet keeping it within the text', async () => {
    const epub = await readEpub(readFileSync(join(dir, 'natural.epub')));
    const images = (await epub.contentDocuments()).flatMap(({ doc }) => elements(doc, 'figure').flatMap((figure) => elements(figure, 'img')));
    const sizes = images.map((img) => [img.getAttribute('alt'), img.getAttribute('width'), img.getAttribute('height')]);
    expect(sizes).toEqual([
      ['Diagram', '192', '96'],
      ['Mark', '113', '57'],
      ['Photograph', '3000', '2000'],
    ]);
  });

  test('galley check passes both files', () => {
    const run = runGalley(['check', join(dir, 'natural.pdf'), join(dir, 'natural.epub')]);
    expect(run.status).toBe(0);
  });
});
