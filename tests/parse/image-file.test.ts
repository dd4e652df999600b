import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadImage } from '../../src/parse/image-file.ts';
import { readImageHeader } from '../../src/parse/image-header.ts';
import { documentOf, FIXTURES, messages, parse, withTitle } from '../helpers/parse.ts';

const folder = join(FIXTURES, 'images');
const manuscript = join(folder, 'book.md');
const parseHere = (body: string) => parse(withTitle(body), manuscript);

describe('images', () => {
  it('turns a paragraph holding only an image into a figure, captioned by its alt text as in Pandoc', () => {
    const document = documentOf(parseHere('![A red field](wide.png "Figure one")\n'));
    expect(document.blocks).toEqual([
      {
        type: 'figure',
        image: { path: join(folder, 'wide.png'), url: 'wide.png', at: { line: 4, column: 1 }, alt: 'A red field', title: 'Figure one', mediaType: 'image/png', width: 3, height: 2, natural: { width: 2.25, height: 1.5 } },
        caption: [{ type: 'text', value: 'A red field' }],
      },
    ]);
  });

  it('captions a figure by its alt text when it has no title, and resolves subfolders and escaped names', () => {
    const document = documentOf(parseHere('  ![Tall](sub/tall.png)  \n\n![Spaced](with%20space.png)\n'));
    expect(document.blocks.map((b) => (b.type === 'figure' ? [b.caption, b.image.width, b.image.height, b.image.path] : b.type))).toEqual([
      [[{ type: 'text', value: 'Tall' }], 5, 7, join(folder, 'sub/tall.png')],
      [[{ type: 'text', value: 'Spaced' }], 3, 2, join(folder, 'with space.png')],
    ]);
  });

  it('names every file it read, once, absolute, for galley watch: images, a bibliography and a style, even one not there yet', () => {
    const { read } = parseHere('![A](wide.png)\n\n![B](sub/tall.png) and ![A again](wide.png)\n\n![Gone](missing.png)\n');
    expect(read).toEqual([join(folder, 'wide.png'), join(folder, 'sub/tall.png')]);
    const cited = parse('---\ntitle: T\nbibliography: ../refs.bib\ncsl: style.csl\n---\nText.\n', manuscript);
    expect(cited.read).toEqual(expect.arrayContaining([join(folder, '../refs.bib'), join(folder, 'style.csl')]));
  });

  it('keeps an image inside running text inline, and resolves reference images', () => {
    const document = documentOf(parseHere('See ![photo][p] here.\n\n[p]: photo.jpg\n'));
    expect(document.blocks).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'See ' },
          { type: 'image', image: { path: join(folder, 'photo.jpg'), url: 'photo.jpg', at: { line: 4, column: 5 }, alt: 'photo', mediaType: 'image/jpeg', width: 4, height: 3, natural: { width: 3, height: 2.25 } } },
          { type: 'text', value: ' here.' },
        ],
      },
    ]);
  });

  it('reports the size a reader sees for a JPEG turned by its EXIF orientation', () => {
    const [figure] = documentOf(parseHere('![r](rotated.jpg)\n')).blocks;
    expect(figure?.type === 'figure' && [figure.image.width, figure.image.height]).toEqual([3, 4]);
  });

  it('reports every unusable image at its position', () => {
    const result = parseHere(
      [
        '![a](missing.png)',
        '',
        'Text ![b](https://example.org/b.png) text.',
        '',
        '![c](../images/../../x.png) ![d](/etc/hosts)',
        '',
        '![e](tiny.gif)',
        '',
        '![f](fake.png)',
        '',
        '![g](truncated.png)',
        '',
        '![h](data:image/png;base64,AAAA)',
        '',
      ].join('\n'),
    );
    expect(result.document).toBeNull();
    expect(messages(result).map((m) => m.replace(`${manuscript}:`, ''))).toEqual([
      `4:1: warning: image "missing.png" not found in the manuscript's folder or "${process.cwd()}"; its alt text is shown instead`,
      '6:6: warning: remote image "https://example.org/b.png" is not fetched (Galley never uses the network); its alt text is shown instead',
      `8:1: warning: image "../images/../../x.png" not found in the manuscript's folder or "${process.cwd()}"; its alt text is shown instead`,
      `8:29: warning: image "/etc/hosts" is outside the manuscript's folder, the working folder and the --resource-path folders; copy it into one of them; its alt text is shown instead`,
      '10:1: error: image "tiny.gif" is not a PNG, JPEG, SVG or PDF file; only those can be typeset',
      '12:1: error: image "fake.png" is not a PNG, JPEG, SVG or PDF file; only those can be typeset',
      '14:1: error: image "truncated.png" is damaged: its size cannot be read',
      '16:1: error: image "data:image/png;base64,AAAA" is not a local file; put it next to the manuscript and link it relatively',
    ]);
  });

  it('refuses a symbolic link that leads out of the manuscript folder', () => {
    const outside = mkdtempSync(join(tmpdir(), 'galley-outside-'));
    const inside = mkdtempSync(join(tmpdir(), 'galley-book-'));
    copyFileSync(join(folder, 'wide.png'), join(outside, 'secret.png'));
    symlinkSync(join(outside, 'secret.png'), join(inside, 'linked.png'));
    mkdirSync(join(inside, 'img'));
    writeFileSync(join(inside, 'img', 'own.png'), readPng());
    try {
      const result = parse(withTitle('![x](linked.png)\n\n![y](img/own.png)\n'), join(inside, 'book.md'));
      expect(messages(result).map((m) => m.slice(m.indexOf(':') + 1))).toEqual([
        `4:1: warning: image "linked.png" links to a file outside the manuscript's folder, the working folder and the --resource-path folders; copy it into one of them; its alt text is shown instead`,
      ]);
      expect(result.document?.blocks[0]).toEqual({ type: 'paragraph', children: [{ type: 'text', value: 'x' }] });
    } finally {
      rmSync(outside, { recursive: true });
      rmSync(inside, { recursive: true });
    }
  });
});

describe('where images may come from', () => {
  // project/chapters/one.md, project/images/a.png, assets/b.png (a resource folder), elsewhere/c.png.
  const base = mkdtempSync(join(tmpdir(), 'galley-places-'));
  const project = join(base, 'project');
  for (const dir of ['chapters', 'images']) mkdirSync(join(project, dir), { recursive: true });
  mkdirSync(join(base, 'assets'));
  mkdirSync(join(base, 'elsewhere'));
  writeFileSync(join(project, 'images', 'a.png'), readPng());
  writeFileSync(join(base, 'assets', 'b.png'), readPng());
  writeFileSync(join(base, 'elsewhere', 'c.png'), readPng());
  const places = { folder: join(project, 'chapters'), cwd: project, resourcePath: [join(base, 'assets')] };
  const load = (url: string) => loadImage(places, url, '', undefined);

  it('takes an image above the manuscript that is still inside the working folder', () => {
    expect(load('../images/a.png')).toMatchObject({ image: { path: join(project, 'images', 'a.png') } });
    expect(load('images/a.png')).toMatchObject({ image: { path: join(project, 'images', 'a.png') } });
  });

  it('looks relative names up in the --resource-path folders', () => {
    expect(load('b.png')).toMatchObject({ image: { path: join(base, 'assets', 'b.png') } });
  });

  it('refuses a path that leaves every allowed folder, relative or absolute', () => {
    for (const url of ['../../elsewhere/c.png', join(base, 'elsewhere', 'c.png')]) {
      expect(load(url)).toEqual({ error: `image "${url}" is outside the manuscript's folder, the working folder and the --resource-path folders; copy it into one of them`, missing: true });
    }
    expect(load(join(base, 'assets', 'b.png'))).toMatchObject({ image: { path: join(base, 'assets', 'b.png') } });
  });
});

describe('readImageHeader', () => {
  it('tells PNG and JPEG by their magic bytes, not their names', () => {
    expect(readImageHeader(readPng())).toEqual({ mediaType: 'image/png', width: 3, height: 2, natural: { width: 2.25, height: 1.5 } });
    expect(readImageHeader(Buffer.from('GIF89a'))).toBe('unknown');
    expect(readImageHeader(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00]))).toBe('damaged');
  });
});

function readPng(): Buffer {
  return Buffer.from(
    // wide.png's bytes, so this test does not depend on the fixture folder.
    'iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAEElEQVR4nGM4IScHQQxwFgBBAAYZPEVBlgAAAABJRU5ErkJggg==',
    'base64',
  );
}
