// What the language guesses leave out of a manuscript: its code (fenced
// blocks, inline spans) and its front matter, neither written in the
// manuscript's language.

/** Front matter at the start of a manuscript, closed by `---` or YAML's `...`. */
export const FRONT_MATTER = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*\r?\n/u;
const FENCED_CODE = /^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1/gmu;
const INLINE_CODE = /`[^`\n]*`/gu;

export function withoutCode(markdown: string): string {
  return markdown.replace(FENCED_CODE, '').replace(INLINE_CODE, '');
}
