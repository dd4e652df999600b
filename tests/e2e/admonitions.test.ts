// MkDocs's admonitions and tabs and MyST's directives built through the galley
// command and read back: each box's label, its title in bold, then its body,
// in order, with no "!!!" nor "```{note}" printed; `galley check` finding every
// word of the manuscript in the PDF.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { inOrder, layerUnits, readPdf } from '../helpers/read-pdf.ts';

const MANUSCRIPT = `---
title: Boxes from the Docs
---

Before the boxes.

!!! warning "Mind the tide"
    The causeway floods twice a day.

    - check the tables
    - leave early

    !!! tip
        Nested advice.

??? question
    Folded question.

=== "Linux"
    Run the installer.

\`\`\`{note}
MyST body with **bold** words.
\`\`\`

\`\`\`{admonition} Harbour rules
:class: important
Moor at the north quay.
\`\`\`

\`\`\`{code-block} python
:linenos:
print("harbour")
\`\`\`

After the boxes.
`;

describe('MkDocs and MyST boxes, built', () => {
  const dir = temporaryDir();
  const file = join(dir, 'boxes.md');
  beforeAll(() => {
    writeFileSync(file, MANUSCRIPT);
    const run = runGalley(['build', file, '--out', dir]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  test('the PDF reads each label, title and body in order, and no directive as written', async () => {
    const bytes = readFileSync(join(dir, 'boxes.pdf'));
    const layer = await layerUnits(bytes);
    expect(
      inOrder(layer, [
        'Before the boxes.',
        'Warning Mind the tide The causeway floods twice a day. check the tables leave early Tip Nested advice.',
        'Important Folded question.',
        'Linux Run the installer.',
        'Note MyST body with bold words.',
        'Important Harbour rules Moor at the north quay.',
        'print("harbour")',
        'After the boxes.',
      ]),
    ).toBe('all found');
    const pdf = await readPdf(bytes);
    const text = pdf.pages.map((page) => page.text).join('\n');
    expect(text).not.toMatch(/!!!|\?\?\?|===|\{note\}|\{admonition\}|:class:|:linenos:/u);
    const items = pdf.pages.flatMap((page) => page.items);
    const font = (str: string): string | undefined => items.find((item) => item.str === str)?.fontName;
    expect(font('Mind the tide')).toBe(font('Warning'));
    expect(font('Mind the tide')).not.toBe(font('The causeway floods twice a day.'));
  });

  test('galley check finds every word', () => {
    const run = runGalley(['check', join(dir, 'boxes.pdf')]);
    expect(run.stdout).toMatch(/pass {2}Text layer against the embedded manuscript {2}all \d+ words/u);
  });
});
