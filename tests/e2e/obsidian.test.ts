// An Obsidian note built through the galley command and read back: its
// callout's title in bold after the label, then the body; wikilinks as their
// shown text, a heading link followed in the PDF; no `[[`, no comment and no
// block identifier left; the image embedded from the `attachments/` folder
// drawn at its `|width`; the EPUB passing the validators; and `galley check`
// passing the PDF, every word found.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { epubValidatorTests } from '../helpers/epub-validation.ts';
import { imagesDrawn } from '../helpers/images-drawn.ts';
import { inOrder, layerUnits, readPdf } from '../helpers/read-pdf.ts';

const MANUSCRIPT = `---
title: Tide Notes
---

# Harbour

Read **the tables** before sailing.%% a reminder to myself %% ^tables-first

> [!warning]- Mind the bar
> The sandbar moves after storms.

See [[Tide tables|the tables note]] and [[#Harbour|the harbour]], then [[Charts#Approach]].

![[chart.png|240]]

%%
Draft paragraph, hidden.
%%

Written \`[[as code]]\` and \`%%kept%%\`.
`;

describe('an Obsidian note, built', () => {
  const dir = temporaryDir();
  const file = join(dir, 'tides.md');
  let stderr = '';
  beforeAll(async () => {
    writeFileSync(file, MANUSCRIPT);
    mkdirSync(join(dir, 'attachments'));
    await sharp({ create: { width: 480, height: 240, channels: 3, background: '#36c' } }).png().toFile(join(dir, 'attachments', 'chart.png'));
    const run = runGalley(['build', file, '--out', dir]);
    stderr = run.stderr;
    expect(run.status).toBe(0);
  });

  test('warns once, at the first link to another note', () => {
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/tides\.md:12:5: warning: Obsidian's links to other notes .*this one, and 1 more after it, printed as text/u)]);
  });

  test('the PDF reads the label, the bold title, the body, the links’ shown text, and no brackets or comments', async () => {
    const bytes = readFileSync(join(dir, 'tides.pdf'));
    const layer = await layerUnits(bytes);
    expect(
      inOrder(layer, [
        'Harbour',
        'Read the tables before sailing.',
        'Warning Mind the bar The sandbar moves after storms.',
        'See the tables note and the harbour, then Charts > Approach.',
        'Written [[as code]] and %%kept%%.',
      ]),
    ).toBe('all found');
    expect(layer).not.toContain('reminder');
    expect(layer).not.toContain('draft');
    expect(layer).not.toContain('tablesfirst');
    const { pages, links } = await readPdf(bytes);
    const items = pages.flatMap((page) => page.items);
    const text = pages.map((page) => page.text).join('\n');
    expect(text.match(/\[\[|%%/gu)).toEqual(['[[', '%%', '%%']);
    const fontOf = (str: string) => items.find((item) => item.str.includes(str))?.fontName;
    expect(fontOf('Mind the bar')).toBe(fontOf('the tables'));
    expect(fontOf('Mind the bar')).not.toBe(fontOf('The sandbar'));
    expect(links.filter((link) => link.dest !== undefined)).toHaveLength(1);
  });

  test('the image from the attachments folder is drawn 240 pixels wide', async () => {
    expect(await imagesDrawn(readFileSync(join(dir, 'tides.pdf')))).toEqual([{ width: 180, height: 90 }]);
  });

  epubValidatorTests(() => join(dir, 'tides.epub'));

  test('galley check finds every word', () => {
    const run = runGalley(['check', join(dir, 'tides.pdf')]);
    expect(run.stdout).toMatch(/pass {2}Text layer against the embedded manuscript {2}all \d+ words/u);
  });
});
