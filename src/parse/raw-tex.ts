// A paragraph written only of TeX commands (`\newpage`, `\vspace{1cm}
// \noindent`), as manuscripts meant for Pandoc's PDF through LaTeX carry them:
// Pandoc passes them to TeX and leaves them out of every other output. Galley
// runs no TeX, so it leaves them out too, with a warning, rather than print
// the commands as text. A backslash inside prose ("C:\Users") is prose.
const COMMAND = String.raw`\\[A-Za-z]+\*?(?:\[[^\]\n]*\]|\{[^{}\n]*\})*`;
const COMMANDS_ONLY = new RegExp(String.raw`^\s*${COMMAND}(?:\s+${COMMAND})*\s*$`, 'u');

/** The paragraph's text when it is TeX commands alone, else null. */
export function rawTexCommands(text: string): string | null {
  return COMMANDS_ONLY.test(text) ? text.trim() : null;
}
