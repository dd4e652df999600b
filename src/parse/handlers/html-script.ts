// Superscript and subscript text (<sup>, <sub>) as the Unicode characters that
// exist for it: digits, signs, brackets and a few letters.
const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
  '+': '⁺', '-': '⁻', '−': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', n: 'ⁿ', i: 'ⁱ', ' ': ' ',
};
const SUBSCRIPT: Readonly<Record<string, string>> = {
  '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉',
  '+': '₊', '-': '₋', '−': '₋', '=': '₌', '(': '₍', ')': '₎', a: 'ₐ', e: 'ₑ', o: 'ₒ', x: 'ₓ', ' ': ' ',
};

/** `text` in superscript or subscript characters, or null when one of its characters has none. */
export function inScript(text: string, kind: 'sup' | 'sub'): string | null {
  const table = kind === 'sup' ? SUPERSCRIPT : SUBSCRIPT;
  let out = '';
  for (const char of text.trim()) {
    const mapped = table[char];
    if (mapped === undefined) return null;
    out += mapped;
  }
  return out === '' ? null : out;
}
