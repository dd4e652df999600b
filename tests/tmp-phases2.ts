import { readFileSync } from 'node:fs';
const t = () => performance.now();
const { parseManuscript } = await import('../src/parse/index.ts');
const { loadTheme } = await import('../src/theme/load.ts');
const { loadFonts } = await import('../src/fonts.ts');
const { layoutDocument } = await import('../src/pdf/layout/index.ts');
const { renderPdf } = await import('../src/pdf/index.ts');
const { renderEpub } = await import('../src/epub/index.ts');
const file = process.argv[2] ?? 'manuscript/article.md';
for (let round = 0; round < 3; round++) {
  let s = t(); const r: string[] = [];
  const { document } = parseManuscript(file, readFileSync(file)); r.push('parse ' + (t() - s).toFixed(0)); s = t();
  const theme = loadTheme(undefined);
  const fonts = loadFonts(theme);
  layoutDocument(document!, theme, fonts); r.push('layout ' + (t() - s).toFixed(0)); s = t();
  const pdf = await renderPdf(document!, theme, { date: new Date(0) }); r.push('layout+paint ' + (t() - s).toFixed(0)); s = t();
  await renderEpub(document!, theme, { date: new Date(0), pageStarts: pdf.pageStarts }); r.push('epub ' + (t() - s).toFixed(0));
  console.log(r.join('  '));
}
