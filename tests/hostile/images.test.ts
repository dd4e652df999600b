// Images checked before they go in: a decompression bomb is refused from its
// header, damaged data is a located error, and a photo far larger than print
// needs goes into the PDF and the EPUB scaled down.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { readEpub } from '../helpers/epub-reader.ts';
import { runGalley, temporaryDir } from '../helpers/cli.ts';

const STACK_FRAME = /\n\s+at /u;
let folder: string;

function chunk(type: string, body: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  return Buffer.concat([length, Buffer.from(type, 'latin1'), body, Buffer.alloc(4)]);
}

/** A 12 KB PNG that declares 20000×20000 pixels, its data cut short. */
function bomb(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(20000, 0);
  header.writeUInt32BE(20000, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const data = deflateSync(Buffer.alloc(20000 * 3 * 40)).subarray(0, 12_000);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', data)]);
}

async function noise(width: number, height: number): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7919) % 251;
  return sharp(pixels, { raw: { width, height, channels: 3 } }).png().toBuffer();
}

function build(name: string, body: string, formats = 'pdf,epub'): { status: number | null; stderr: string; out: string } {
  writeFileSync(join(folder, `${name}.md`), `---\ntitle: Images\n---\n\n${body}\n`);
  const out = join(folder, `out-${name}`);
  const run = runGalley(['build', join(folder, `${name}.md`), '--out', out, '--format', formats]);
  return { status: run.status, stderr: run.stderr, out };
}

beforeAll(async () => {
  folder = temporaryDir();
  writeFileSync(join(folder, 'bomb.png'), bomb());
  const whole = await noise(300, 200);
  writeFileSync(join(folder, 'cut.png'), whole.subarray(0, Math.floor(whole.length * 0.6)));
  writeFileSync(join(folder, 'huge.png'), await noise(6000, 4000));
});

describe('images checked before they go in', () => {
  test('a PNG declaring 20000×20000 pixels is refused from its header, at its line and column', () => {
    expect(readFileSync(join(folder, 'bomb.png')).length).toBeLessThan(13_000);
    const run = build('bomb', 'Intro.\n\n![A bomb](bomb.png)');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/bomb\.md:7:1: error: image "bomb\.png" declares 20000×20000 pixels \(400 megapixels\), more than the 50 Galley decodes/);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(() => readdirSync(run.out)).toThrow();
  });

  test('truncated image data is a located error and nothing is written', () => {
    const run = build('cut', 'Text with ![a cut picture](cut.png) inside.');
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(/^\S*cut\.md:5:11: error: image "cut\.png" is damaged or truncated and cannot be decoded \(.+\)$/);
    expect(() => readdirSync(run.out)).toThrow();
  });

  test('a 24-megapixel figure goes into the PDF and the EPUB at print resolution, not whole', async () => {
    const run = build('huge', '![A huge figure](huge.png)');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const pdf = readFileSync(join(run.out, 'huge.pdf')).toString('latin1');
    const widths = [...pdf.matchAll(/\/Subtype \/Image[^>]*?\/Width (\d+)|\/Width (\d+)[^>]*?\/Subtype \/Image/g)].map((m) => Number(m[1] ?? m[2]));
    expect(widths).toHaveLength(1);
    // The default measure is under 6 inches: at 300 ppi, under 1800 pixels.
    expect(widths[0]).toBeGreaterThan(1000);
    expect(widths[0]).toBeLessThan(1800);
    const epub = await readEpub(readFileSync(join(run.out, 'huge.epub')));
    const image = epub.names.find((name) => name.endsWith('.png'));
    expect(image).toBeDefined();
    const meta = await sharp(Buffer.from(await epub.bytesOf(image ?? ''))).metadata();
    expect(meta.width).toBe(widths[0]);
  });
});
