// A paragraph written only of TeX commands (`\newpage`, `\vspace{1cm}
// \noindent`), as manuscripts meant for Pandoc's PDF through LaTeX carry them:
// Pandoc passes them to TeX and leaves them out of every other output. Galley
// runs no TeX, so it leaves them out too, with a warning, rather than print
// the commands as text; a page break alone (`\newpage`) it honours. A
// backslash inside prose ("C:\Users") is prose.
const COMMAND = String.raw`\\[A-Za-z]+\*?(?:\[[^\]\n]*\]|\{[^{}\n]*\})*`;
const COMMANDS_ONLY = new RegExp(String.raw`^\s*${COMMAND}(?:\s+${COMMAND})*\s*$`, 'u');

/** The text of a paragraph (mdast) that is TeX commands alone, else null. */
export function rawTexParagraph(node: { readonly type: string; readonly children?: readonly { readonly type: string; readonly value?: unknown }[] }): string | null {
  const [only, ...rest] = node.type === 'paragraph' ? (node.children ?? []) : [];
  return only?.type === 'text' && rest.length === 0 && typeof only.value === 'string' ? rawTexCommands(only.value) : null;
}

// The commands that end a page (`\pagebreak[4]` too), which the PDF honours: the one raw TeX a Markdown
// manuscript meant for print commonly holds, and Galley's own page break.
const PAGE_BREAK = /^\\(?:newpage|pagebreak|clearpage|cleardoublepage)(?:\[\d\])?$/u;

/** Whether raw TeX commands are one page break. */
export const isPageBreak = (commands: string): boolean => PAGE_BREAK.test(commands);

/** The text when it is TeX commands alone, else null. */
export function rawTexCommands(text: string): string | null {
  return COMMANDS_ONLY.test(text) ? text.trim() : null;
}
