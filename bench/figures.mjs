// Writes the memory bench's article: 8 full-page 3600×4800 PNG figures (noise over
// gradients; every second one RGBA with real transparency) and article.md, into
// the folder given (`node bench/figures.mjs /tmp/figures`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

const folder = process.argv[2] ?? 'bench-figures';
const [width, height] = [3600, 4800];
mkdirSync(folder, { recursive: true });
let markdown = '---\ntitle: Eight figures\n---\n\n';
for (let n = 1; n <= 8; n++) {
  const alpha = n % 2 === 0;
  const channels = alpha ? 4 : 3;
  const pixels = Buffer.alloc(width * height * channels);
  let seed = n * 7919;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const noise = (seed >> 16) & 63;
      const i = (y * width + x) * channels;
      pixels[i] = ((x * 255) / width + noise) & 255;
      pixels[i + 1] = ((y * 255) / height + noise) & 255;
      pixels[i + 2] = (((x + y) * 128) / width + noise * n) & 255;
      // Transparent at the centre, opaque at the edges.
      if (alpha) pixels[i + 3] = Math.min(255, Math.round((255 * Math.hypot(x - width / 2, y - height / 2)) / (width / 2)));
    }
  }
  await sharp(pixels, { raw: { width, height, channels } }).png().toFile(join(folder, `fig${n}.png`));
  markdown += `Paragraph ${n} before the figure.\n\n![Figure ${n}, ${alpha ? 'with transparency' : 'opaque'}](fig${n}.png)\n\n`;
}
writeFileSync(join(folder, 'article.md'), markdown);
