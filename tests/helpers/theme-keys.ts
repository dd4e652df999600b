// The keys the theme schema reads, as templates/README.md writes them:
// sequence items as `[]` (`headings[].size`), containers left out.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildTheme } from '../../src/theme/schema.ts';
import { ThemeReader } from '../../src/theme/reader.ts';
import { parseTree } from '../../src/theme/tree.ts';
import { TEMPLATES_DIR } from '../../src/theme/load.ts';

export function schemaKeys(): string[] {
  const parsed = parseTree(readFileSync(path.join(TEMPLATES_DIR, 'default', 'theme.yaml'), 'utf8'), 'theme.yaml');
  if (!parsed.ok) throw new Error('the default theme does not parse');
  const reader = new ThemeReader(parsed.root);
  buildTheme(reader, { dir: TEMPLATES_DIR, name: 'default', resolveFile: (spec) => ({ value: spec }), depthOf: () => 0 });
  const keys = new Set(reader.keysRead().map((key) => key.replace(/\.\d+(?=\.|$)/gu, '[]')));
  return [...keys].filter((key) => ![...keys].some((other) => other.startsWith(`${key}.`) || other.startsWith(`${key}[]`))).sort();
}
