// The EPUB's data files (OPF and nav templates, chapter shell, stylesheet,
// labels) come from the theme's folder when it has them, else from the default
// theme: a user's theme may replace any one of them.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Theme } from '../theme/types.ts';

const DEFAULT_DIR = fileURLToPath(new URL('../../templates/default/', import.meta.url));

export function templatePath(theme: Theme, name: string): string {
  const own = path.join(theme.dir, name);
  return existsSync(own) ? own : path.join(DEFAULT_DIR, name);
}
