// A seeded generator of random Markdown: the same (seed, index) always gives
// the same manuscript, so a failing case can be replayed.

/** mulberry32: a small, fast, well-mixed 32-bit PRNG. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLAIN = ['harbour', 'ledger', 'tide', 'cargo', 'ship', 'the', 'of', 'and', 'archive', 'printer', 'margin', 'quire'];
// Odd Unicode: accents (precomposed and combining), RTL, zero-width, astral (surrogate pairs), CJK, Hangul, emoji.
const ODD = [
  'café',
  'cafe\u0301',
  'naïve',
  'Zürich',
  'Ελλάδα',
  'Москва',
  'שלום',
  'مرحبا',
  'zero\u200bwidth',
  'join\u200dme',
  '\u202eevil',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '𠜎𠜱',
  '中文字',
  '한국어',
  '😀',
  '👩‍👩‍👧',
  'ﬁne',
  '\ufeffbom',
];

export function generateManuscript(seed: number, index: number): string {
  const random = mulberry32(seed ^ Math.imul(index + 1, 0x9e3779b1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const chance = (p: number): boolean => random() < p;
  const notes: string[] = [];

  const word = (): string => {
    if (chance(0.01)) return 'w'.repeat(200 + Math.floor(random() * 3000));
    return chance(0.15) ? pick(ODD) : pick(PLAIN);
  };
  const inline = (depth: number): string => {
    const parts: string[] = [];
    const count = 1 + Math.floor(random() * 12);
    for (let i = 0; i < count; i++) {
      const roll = random();
      if (depth < 3 && roll < 0.08) parts.push(`*${inline(depth + 1)}*`);
      else if (depth < 3 && roll < 0.14) parts.push(`**${inline(depth + 1)}**`);
      else if (roll < 0.18) parts.push(`\`${word()}\``);
      else if (roll < 0.22) parts.push(`[${word()}](${pick(['https://example.com/a', 'mailto:a@example.com', '#nowhere', 'javascript:alert(1)', 'relative.html'])})`);
      else if (roll < 0.25) {
        // Reserve the label before the note's own text, which may cite notes too.
        const slot = notes.push('') - 1;
        notes[slot] = `[^n${slot}]: ${chance(0.1) ? '' : inline(depth + 1)}`;
        parts.push(`[^n${slot}]`);
      } else if (roll < 0.26) parts.push(`<span onclick="x()">${word()}</span>`);
      else if (roll < 0.2605) parts.push('[^undefined]');
      else parts.push(word());
    }
    return parts.join(' ');
  };
  const block = (depth: number): string => {
    const roll = random();
    if (depth < 6 && roll < 0.1) return block(depth + 1).split('\n').map((l) => `> ${l}`).join('\n');
    if (depth < 6 && roll < 0.2) {
      const ordered = chance(0.5);
      return Array.from({ length: 1 + Math.floor(random() * 4) }, (_, i) =>
        block(depth + 1).split('\n').map((l, k) => (k === 0 ? `${ordered ? `${i + 1}.` : '-'} ${l}` : `   ${l}`)).join('\n'),
      ).join('\n');
    }
    if (roll < 0.27) {
      const columns = 1 + Math.floor(random() * 4);
      const row = (): string => `| ${Array.from({ length: columns }, () => inline(2)).join(' | ')} |`;
      return [row(), `|${' --- |'.repeat(columns)}`, ...Array.from({ length: Math.floor(random() * 4) }, row)].join('\n');
    }
    if (roll < 0.32) return `${'#'.repeat(1 + Math.floor(random() * 6))} ${inline(2)}`;
    if (roll < 0.36) return `\`\`\`\n${inline(3)}\n\`\`\``;
    if (roll < 0.38) return '* * *';
    return inline(0);
  };

  const blocks = Array.from({ length: 1 + Math.floor(random() * 10) }, () => block(0));
  return `---\ntitle: Fuzz ${seed} ${index}\n---\n\n${blocks.join('\n\n')}\n\n${notes.join('\n\n')}\n`;
}
