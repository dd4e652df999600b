// The EPUB's words and data files follow the book's language and the theme.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fill, loadLabels } from '../../src/epub/labels.ts';
import { ARTICLE, EVERY_NODE } from '../fixtures/epub/documents.ts';
import { build, defaultTheme } from '../fixtures/epub/build.ts';
import { elements, readEpub, withToken } from '../helpers/epub-reader.ts';

describe('labels follow the book’s language', () => {
  test('a French book gets French nav headings and landmark names', async () => {
    const epub = await readEpub(await build({ ...EVERY_NODE, metadata: { ...EVERY_NODE.metadata, lang: 'fr-CA' } }));
    const nav = await epub.xml('OEBPS/toc.xhtml');
    expect(elements(nav, 'h1')[0]?.textContent).toBe('Table des matières');
    expect(elements(withToken(nav, 'epub:type', 'landmarks')[0] ?? nav, 'a').map((a) => a.textContent)).toContain('Couverture');
    expect((await epub.opf()).doc.documentElement?.getAttribute('xml:lang')).toBe('fr-CA');
    expect(elements(await epub.xml('OEBPS/notes.xhtml'), 'a').find((a) => a.getAttribute('role') === 'doc-backlink')?.getAttribute('aria-label')).toBe(
      'Retour à l’appel de la note 1',
    );
  });

  test('a language without labels falls back to English', async () => {
    const epub = await readEpub(await build({ ...ARTICLE, metadata: { ...ARTICLE.metadata, lang: 'sw' } }));
    expect(elements(await epub.xml('OEBPS/toc.xhtml'), 'h1')[0]?.textContent).toBe('Contents');
  });
});

describe('a theme may replace the EPUB data files', () => {
  test('its own epub.css is used; files it does not have come from the default theme', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'galley-theme-'));
    writeFileSync(path.join(dir, 'epub.css'), 'p { text-indent: 0; margin-bottom: 1em; }\n');
    const epub = await readEpub(await build(ARTICLE, { theme: { ...defaultTheme, dir } }));
    const css = await epub.text('OEBPS/style.css');
    expect(css).toContain('margin-bottom: 1em;');
    expect(css).toContain('@font-face');
    expect(css).not.toContain('orphans');
    expect(await epub.text('OEBPS/content.opf')).toContain('schema:accessMode');
  });
});

describe('loadLabels and fill', () => {
  test('a regional tag finds its language’s labels; a language the file lacks gets English', () => {
    expect(loadLabels(defaultTheme, 'fr-CA').contents).toBe(loadLabels(defaultTheme, 'fr').contents);
    expect(loadLabels(defaultTheme, 'fr').contents).not.toBe(loadLabels(defaultTheme, 'en').contents);
    expect(loadLabels(defaultTheme, 'tlh')).toEqual(loadLabels(defaultTheme, 'en'));
  });

  test('fill puts values in their placeholders and leaves unknown ones as written', () => {
    expect(fill('Back to note {number}, citation {occurrence}', { number: 3, occurrence: 2 })).toBe('Back to note 3, citation 2');
    expect(fill('Note {number} of {total}', { number: 3 })).toBe('Note 3 of {total}');
  });
});
