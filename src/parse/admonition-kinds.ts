// Which of Galley's callouts an admonition's type is printed as. Site
// generators name their boxes in many words; each is printed as the GitHub
// alert that says the same, so one theme styles them all. Shared by the
// dialects that write them: Docusaurus's and Quarto's fenced divs
// (handlers/fenced-div.ts), MkDocs's `!!! type` (mkdocs-admonitions.ts),
// MyST's `{type}` directives (myst-directives.ts) and Obsidian's callouts
// (obsidian-callouts.ts).
import { CALLOUT_KINDS, type CalloutKind } from '../document.ts';

const SAME_NAME: Readonly<Record<string, CalloutKind>> = Object.fromEntries(CALLOUT_KINDS.map((kind) => [kind, kind]));

/**
 * Docusaurus, VuePress and markdown-it-container (`:::tip`, `::: warning`):
 * GitHub's five, and Docusaurus's `info` and `danger`, its NOTE and CAUTION.
 */
export const SITE_ADMONITIONS: Readonly<Record<string, CalloutKind>> = { ...SAME_NAME, info: 'note', danger: 'caution' };

/**
 * Material for MkDocs's types, by the colour it draws them in (its `caution`
 * is its `warning`), which cover reStructuredText's too (MyST's `hint`,
 * `attention`, `error`, `seealso`).
 */
export const MATERIAL_ADMONITIONS: Readonly<Record<string, CalloutKind>> = {
  ...SITE_ADMONITIONS,
  ...Object.fromEntries(['abstract', 'summary', 'tldr', 'info', 'todo', 'seealso', 'example', 'quote', 'cite'].map((type) => [type, 'note'])),
  ...Object.fromEntries(['hint', 'success', 'check', 'done'].map((type) => [type, 'tip'])),
  ...Object.fromEntries(['question', 'help', 'faq'].map((type) => [type, 'important'])),
  ...Object.fromEntries(['caution', 'attention', 'failure', 'fail', 'missing', 'bug'].map((type) => [type, 'warning'])),
  ...Object.fromEntries(['danger', 'error'].map((type) => [type, 'caution'])),
};

/** The callout `name` (as written: the dialects spell their types in lower case) is in `table`, or undefined. */
export function admonitionKind(table: Readonly<Record<string, CalloutKind>>, name: string): CalloutKind | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined;
}
