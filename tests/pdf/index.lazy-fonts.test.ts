// The fallback faces (a CJK face alone is 15 MB) are read only when a
// document has a character the body face lacks: painting, shaping and the
// layout cache pdfkit is given must not touch them otherwise.
import { describe, expect, it, vi } from 'vitest';

const reads = vi.hoisted(() => [] as string[]);

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((path: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) => {
    reads.push(String(path));
    return (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});

const { renderPdf } = await import('../../src/pdf/index.ts');
const { loadTheme } = await import('../../src/theme/load.ts');
const { makeDocument, para, prose } = await import('../helpers/build-doc.ts');

const DATE = new Date('2024-12-20T00:00:00Z');

describe('fallback fonts', () => {
  it('are never read for a document the body face can set alone', async () => {
    const theme = loadTheme();
    reads.length = 0;
    await renderPdf(makeDocument([para(prose(80))]), theme, { date: DATE });
    expect(theme.fonts.fallback.length).toBeGreaterThan(0);
    expect(reads.filter((path) => theme.fonts.fallback.includes(path) || theme.fonts.fallbackBold.includes(path))).toEqual([]);
  });

  it('read a script\'s bold face only for bold text in it', async () => {
    const theme = loadTheme();
    reads.length = 0;
    await renderPdf(makeDocument([para(`${prose(20)} ภาษาไทย`)]), theme, { date: DATE });
    expect(reads.filter((path) => theme.fonts.fallbackBold.includes(path))).toEqual([]);
    reads.length = 0;
    await renderPdf(makeDocument([{ type: 'paragraph', children: [{ type: 'text', value: `${prose(20)} ` }, { type: 'strong', children: [{ type: 'text', value: 'ตัวหนา' }] }] }]), theme, { date: DATE });
    expect(reads.filter((path) => theme.fonts.fallbackBold.includes(path)).map((path) => path.replace(/^.*\//u, ''))).toEqual(['NotoSansThaiLooped_700Bold.ttf']);
  });

  it('a book in Thai or Tamil reads its own face and none of the CJK faces (15 MB each) listed after it', async () => {
    const theme = loadTheme();
    reads.length = 0;
    await renderPdf(makeDocument([para(`${prose(20)} ภาษาไทย தமிழ்`)]), theme, { date: DATE });
    const read = reads.filter((path) => theme.fonts.fallback.includes(path));
    expect(read.some((path) => path.includes('NotoSansThaiLooped'))).toBe(true);
    expect(read.some((path) => path.includes('NotoSansTamil'))).toBe(true);
    expect(read.filter((path) => /NotoSerif(SC|KR|JP)_/u.test(path))).toEqual([]);
  });

  it('are read for a character only they have', async () => {
    const theme = loadTheme();
    reads.length = 0;
    await renderPdf(makeDocument([para(`${prose(20)} 漢字`)]), theme, { date: DATE });
    expect(reads.some((path) => theme.fonts.fallback.includes(path))).toBe(true);
  });
});
