// GitHub alerts built through the galley command and read back: in the PDF
// each label before its content, in the manuscript's language, and a block
// quote that is no alert printed as written; the EPUB's alerts as divs with
// the note role, passing the validators; `galley check` finding every word,
// the labels included.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { elements, readEpub } from '../helpers/epub-reader.ts';
import { epubValidatorTests } from '../helpers/epub-validation.ts';
import { inOrder, layerUnits } from '../helpers/read-pdf.ts';

const MANUSCRIPT = `---
title: Alerts at Sea
lang: fr
---

Before the alerts.

> [!NOTE]
> Tides turn twice a day.

> [!tip]
> Read the tables first.[^tables]
>
> - high water
> - low water
>
> \`\`\`
> tide --port Brest
> \`\`\`

> So a plain quotation,
> [!WARNING] not on its first line.

1. Check the weather.

   > [!CAUTION]
   > Fog comes quickly.

After the alerts.

[^tables]: Printed each spring.
`;

describe('alerts, built', () => {
  const dir = temporaryDir();
  const file = join(dir, 'alerts.md');
  beforeAll(() => {
    writeFileSync(file, MANUSCRIPT);
    const run = runGalley(['build', file, '--out', dir]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  test('the PDF reads each label (in French) before its content, in order, the plain quote as written', async () => {
    const layer = await layerUnits(readFileSync(join(dir, 'alerts.pdf')));
    expect(
      inOrder(layer, [
        'Before the alerts.',
        'Remarque Tides turn twice a day.',
        'Astuce Read the tables first. high water low water tide --port Brest',
        'So a plain quotation, [!WARNING] not on its first line.',
        'Check the weather. Attention Fog comes quickly.',
        'After the alerts.',
      ]),
    ).toBe('all found');
    expect(layer).not.toContain('note');
  });

  test('the EPUB writes each alert as a div with the note role, its label first', async () => {
    const epub = await readEpub(readFileSync(join(dir, 'alerts.epub')));
    const divs = (await epub.contentDocuments()).flatMap(({ doc }) => elements(doc, 'div')).filter((d) => d.getAttribute('role') === 'note');
    expect(divs.map((d) => [d.getAttribute('class'), elements(d, 'p')[0]?.textContent])).toEqual([
      ['callout callout-note', 'Remarque'],
      ['callout callout-tip', 'Astuce'],
      ['callout callout-caution', 'Attention'],
    ]);
  });

  epubValidatorTests(() => join(dir, 'alerts.epub'));

  test('galley check finds every word, the French labels where the markers stand', () => {
    const run = runGalley(['check', join(dir, 'alerts.pdf')]);
    expect(run.stdout).toMatch(/pass {2}Text layer against the embedded manuscript {2}all \d+ words/u);
  });
});
