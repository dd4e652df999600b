// Scripts of South and South-East Asia, the Caucasus, Ethiopia, North
// America (Cherokee, Inuktitut), North and West Africa (Tifinagh, Vai) and
// China (Yi), built
// through the galley command and read back: each is set in its fallback face
// with no missing glyph, shaped, and read back by pdftotext and pdf.js in
// written order, word for word; Thai, Lao, Khmer and Burmese lines break
// between words.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { epubValidatorTests } from '../helpers/epub-validation.ts';
import { run, testWith } from '../helpers/external.ts';
import { readPdf } from '../helpers/read-pdf.ts';

/** A sentence per script; vowel signs drawn before their consonant, stacks, conjuncts and marks in each. */
const SAMPLES: Record<string, string> = {
  Thai: 'ภาษาไทยเป็นภาษาราชการของประเทศไทย มีผู้พูดประมาณหกสิบล้านคน น้ำ',
  Lao: 'ພາສາລາວເປັນພາສາທາງການຂອງປະເທດລາວ ນ້ຳ',
  Khmer: 'ភាសាខ្មែរគឺជាភាសាផ្លូវការនៃព្រះរាជាណាចក្រកម្ពុជា ស្ត្រី',
  Burmese: 'မြန်မာဘာသာသည် မြန်မာနိုင်ငံ၏ ရုံးသုံးဘာသာ ဖြစ်သည် မင်္ဂလာပါ ကျေးဇူးတင်ပါတယ်',
  Tibetan: 'བོད་ཡིག་ནི་བོད་ཀྱི་ཡི་གེ་ཡིན། བསྒྲུབས',
  Tamil: 'தமிழ் ஒரு திராவிட மொழி கொண்டு கௌரவம்',
  Sinhala: 'සිංහල භාෂාව කොළඹ ලෙස ශ්‍රී ලංකාව',
  Gujarati: 'ગુજરાતી ભાષા ક્ષેત્ર શ્રી',
  Gurmukhi: 'ਪੰਜਾਬੀ ਭਾਸ਼ਾ ਕਿਰਪਾ',
  Oriya: 'ଓଡ଼ିଆ ଭାଷା କ୍ଷେତ୍ର ଧର୍ମ',
  Telugu: 'తెలుగు భాష శ్రీ క్ష్మ',
  Kannada: 'ಕನ್ನಡ ಭಾಷೆ ಕ್ಷೇತ್ರ ಕರ್ನಾಟಕ',
  Malayalam: 'മലയാളം ഭാഷ ക്ഷേത്രം കൊല്ലം',
  Georgian: 'ქართული ენა ქართველების მშობლიური ენაა',
  Armenian: 'Հայերենը հայերի մայրենի լեզուն է',
  Ethiopic: 'አማርኛ የኢትዮጵያ የሥራ ቋንቋ ነው',
  Cherokee: 'ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ ᎠᏂᏴᏫᏯ',
  Inuktitut: 'ᐃᓄᒃᑎᑐᑦ ᑐᑭᓯᓐᓇᖅᑐᖅ ᓄᓇᕗᑦ',
  Tifinagh: 'ⵜⴰⵎⴰⵣⵉⵖⵜ ⵜⴰⵏⴰⵡⴰⵢⵜ ⵜⵓⵔⵜ',
  Santali: 'ᱥᱟᱱᱛᱟᱲᱤ ᱯᱟᱹᱨᱥᱤ ᱚᱞ ᱪᱤᱠᱤ',
  Javanese: 'ꦧꦱꦗꦮ ꦲꦏ꧀ꦱꦫ ꦗꦮ',
  Balinese: 'ᬩᬲᬩᬮᬶ ᬅᬓ᭄ᬱᬭ',
  Yi: 'ꆈꌠꁱꂷ ꉙꇐ',
  Vai: 'ꕙꔤ ꕞꕌꖝ',
};

// Long enough that the spaceless scripts fill lines and break inside their stretches.
const MANUSCRIPT = `---
title: Scripts of the world
lang: en-US
---

${Object.entries(SAMPLES)
  .map(([script, sample]) => `${script}: ${sample}. ${sample}. ${sample}.`)
  .join('\n\n')}

A no-break space in Sinhala: සිංහල&nbsp;භාෂාව.
`;

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
/** The words of a sample: its dictionary words, for the scripts written without spaces. */
const wordsOf = (sample: string): string[] =>
  [...segmenter.segment(sample)].filter((s) => s.isWordLike === true).map((s) => s.segment);
const flat = (text: string): string => text.replace(/\s+/gu, ' ');

let dir = '';
let stderr = '';

beforeAll(() => {
  dir = temporaryDir('galley-scripts-');
  writeFileSync(join(dir, 'scripts.md'), MANUSCRIPT);
  const built = runGalley(['build', join(dir, 'scripts.md'), '--out', dir]);
  if (built.status !== 0) throw new Error(built.stderr);
  stderr = built.stderr;
}, 180_000);

describe('the PDF', () => {
  test('builds with no warning: every character has a face', () => {
    expect(stderr).toBe('');
  });

  testWith('pdftotext', 'pdftotext reads every word of every script in written order, with no dotted circle', () => {
    const text = flat(run('pdftotext', [join(dir, 'scripts.pdf'), '-']));
    for (const [script, sample] of Object.entries(SAMPLES)) {
      for (const word of wordsOf(sample)) expect(text, `${script}: ${word}`).toContain(word);
    }
    // The spaced scripts come back with their spaces, phrase by phrase.
    for (const script of ['Tamil', 'Georgian', 'Armenian', 'Ethiopic', 'Malayalam', 'Cherokee', 'Inuktitut', 'Tifinagh']) expect(text).toContain(SAMPLES[script]);
    expect(text).not.toContain('\u25cc');
  });

  test('pdf.js reads the spaceless scripts with no space added between their words', async () => {
    const { pages } = await readPdf(readFileSync(join(dir, 'scripts.pdf')));
    // pdf.js hands text back in NFKC, where Lao's ຳ is two letters.
    const text = pages.flatMap((page) => page.items.map((item) => item.str)).join('').replace(/\s+/gu, '').normalize('NFKC');
    for (const script of ['Thai', 'Lao', 'Khmer', 'Burmese']) {
      for (const phrase of (SAMPLES[script] as string).split(' ')) expect(text, script).toContain(phrase.normalize('NFKC'));
    }
  });

  test('galley check finds every word of the manuscript in order', () => {
    const checked = runGalley(['check', '--json', join(dir, 'scripts.pdf'), join(dir, 'scripts.epub')]);
    const report = JSON.parse(checked.stdout) as { ok: boolean; files: { checks: { id: string; status: string }[] }[] };
    expect(report.files.flatMap((f) => f.checks).find((c) => c.id === 'pdf.text')).toMatchObject({ status: 'pass' });
    expect(report.ok).toBe(true);
  });
});

describe('the EPUB', () => {
  epubValidatorTests(() => join(dir, 'scripts.epub'));
});
