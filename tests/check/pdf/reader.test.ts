// The preflight's PDF reader on files other producers write: object streams
// and cross-reference streams (as qpdf rewrites them), a damaged
// cross-reference table, and the string syntax of ISO 32000-1, 7.3.4.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PdfFile } from '../../../src/check/pdf/reader.ts';
import { checkFonts, checkPdfA, checkSource, checkTagged, embeddedSource } from '../../../src/check/pdf/structure.ts';
import { temporaryDir } from '../../helpers/cli.ts';
import { run, testWith } from '../../helpers/external.ts';
import { EVERY_NODE, render } from '../../helpers/archive.ts';

let original: Buffer;
beforeAll(async () => {
  original = (await render(EVERY_NODE, { kind: 'archive', pdfa: 'PDF/A-3b' })).bytes;
});

describe('the PDF reader', () => {
  testWith('qpdf', 'reads a file rewritten with object streams and a cross-reference stream', () => {
    const dir = temporaryDir();
    writeFileSync(join(dir, 'in.pdf'), original);
    run('qpdf', ['--object-streams=generate', join(dir, 'in.pdf'), join(dir, 'out.pdf')]);
    const rewritten = new PdfFile(readFileSync(join(dir, 'out.pdf')));
    expect(rewritten.bytes.toString('latin1')).toMatch(/\/Type\s*\/ObjStm/u);
    const before = new PdfFile(original);
    expect(rewritten.pages()).toHaveLength(before.pages().length);
    expect(rewritten.repairs).toEqual([]);
    for (const check of [checkFonts, checkSource, checkTagged]) expect(check(rewritten)).toEqual(check(before));
    expect(Buffer.from(embeddedSource(rewritten)?.bytes ?? []).equals(Buffer.from(embeddedSource(before)?.bytes ?? [1]))).toBe(true);
  });

  test('finds the objects by scanning when the cross-reference offset is wrong, and says it did', () => {
    const text = original.toString('latin1');
    const at = text.lastIndexOf('startxref');
    const damaged = Buffer.from(`${text.slice(0, at)}startxref\n12\n%%EOF\n`, 'latin1');
    const pdf = new PdfFile(damaged);
    expect(pdf.repairs.length).toBe(1);
    expect(pdf.pages()).toHaveLength(new PdfFile(original).pages().length);
    expect(checkPdfA(pdf).status).toBe('pass');
  });

  test('reads literal strings with escapes and balanced parentheses, hex strings, and UTF-16', () => {
    const body = '1 0 obj\n<< /A (Harbour \\(&\\) Tides \\\\ (nested) \\101) /B <FEFF00480061> /C <48 61 7> /D /Name#20with#20spaces >>\nendobj\n';
    const file = Buffer.from(`%PDF-1.4\n${body}trailer\n<< /Root 1 0 R >>\n`, 'latin1');
    const pdf = new PdfFile(file);
    const dict = pdf.dict(pdf.trailer.get('Root'));
    expect(pdf.text(dict?.get('A'))).toBe('Harbour (&) Tides \\ (nested) A');
    expect(pdf.text(dict?.get('B'))).toBe('Ha');
    expect(pdf.text(dict?.get('C'))).toBe('Hap');
    expect(pdf.name(dict?.get('D'))).toBe('Name with spaces');
  });

  test('refuses a file that is not a PDF', () => {
    expect(() => new PdfFile(Buffer.from('PK\u0003\u0004 not a pdf'))).toThrow(/not a PDF/u);
  });
});
