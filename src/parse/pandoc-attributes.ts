// Pandoc's attribute blocks, `{#id .class key=value key="a value"}`, as
// headings, fenced divs, bracketed spans, inline code, links and images
// (inline-attributes.ts) carry them; a div's fence may instead name one class
// alone (`::: warning`).

/** One attribute: an id (`#pandoc.read`: periods and all), a class, `-` (unnumbered), or a key=value pair. */
export const ATTRIBUTE_TOKEN = String.raw`(?:#[^\s{}#]+|\.[^\s{}#.]+|-|[A-Za-z_][\w.:-]*=(?:"[^"]*"|'[^']*'|[^\s"'{}]*))`;
/** A whole attribute block, `{…}`, perhaps empty (`{}`), its tokens apart by spaces or line endings. */
export const ATTRIBUTE_BLOCK = String.raw`\{\s*(?:${ATTRIBUTE_TOKEN}(?:\s+${ATTRIBUTE_TOKEN})*)?\s*\}`;
const BLOCK = new RegExp(String.raw`^\{\s*(${ATTRIBUTE_TOKEN}(?:\s+${ATTRIBUTE_TOKEN})*)?\s*\}$`);
const LEADING_BLOCK = new RegExp(`^${ATTRIBUTE_BLOCK}`);
const PAIR = /^([A-Za-z_][\w.:-]*)=(?:"([^"]*)"|'([^']*)'|(.*))$/s;
const TOKENS = new RegExp(ATTRIBUTE_TOKEN, 'g');

export interface Attributes {
  readonly id?: string;
  readonly classes: readonly string[];
  readonly pairs: Readonly<Record<string, string>>;
  /** A MyST directive's name and argument, from a colon fence (`:::{note}`, `:::{admonition} Title`): myst-directives.ts reads it. */
  readonly directive?: { readonly name: string; readonly argument: string };
}

/** The attributes of a whole `{…}` block, or null when it is not one. */
export function readAttributes(block: string): Attributes | null {
  const match = BLOCK.exec(block.trim());
  if (match === null) return null;
  let id: string | undefined;
  const classes: string[] = [];
  const pairs: Record<string, string> = {};
  for (const [token] of (match[1] ?? '').matchAll(TOKENS)) {
    if (token.startsWith('#')) id = token.slice(1);
    else if (token.startsWith('.')) classes.push(token.slice(1));
    else if (token === '-') classes.push('unnumbered');
    else {
      const pair = PAIR.exec(token);
      if (pair?.[1] !== undefined) pairs[pair[1]] = pair[2] ?? pair[3] ?? pair[4] ?? '';
    }
  }
  return { ...(id !== undefined ? { id } : {}), classes, pairs };
}

/** The attribute block `text` opens with (no space before it), and its length; null when it opens with none. */
export function leadingAttributes(text: string): { readonly attributes: Attributes; readonly length: number } | null {
  const block = LEADING_BLOCK.exec(text)?.[0];
  const attributes = block === undefined ? null : readAttributes(block);
  return block === undefined || attributes === null ? null : { attributes, length: block.length };
}

// MyST's colon fence: a directive's name in braces, then its argument.
const MYST_DIRECTIVE = /^\{([A-Za-z][\w:-]*)\}(?:\s+(.*))?$/u;

function mystDirective(text: string): Attributes | null {
  const match = MYST_DIRECTIVE.exec(text);
  return match === null ? null : { classes: [], pairs: {}, directive: { name: match[1] as string, argument: (match[2] ?? '').trim() } };
}

// A Docusaurus admonition's kind and title: `:::info Meta-Only` (version 2) or `:::tip[Fast track]` (version 3).
const TITLED_ADMONITION = /^(note|tip|info|important|warning|caution|danger)(?:\[([^\]]*)\]|\s+(.+))$/u;

/**
 * What follows a div's opening colons: attributes or one class name, perhaps
 * closed by more colons, or an admonition's kind and title, as Docusaurus
 * writes them (the title becomes the `title` attribute, as a Quarto callout
 * carries it); null: no div.
 */
export function readFenceInfo(info: string): Attributes | null {
  const text = info.replace(/[\s:]*$/u, '').trim();
  if (text === '') return null;
  if (text.startsWith('{')) return readAttributes(text) ?? mystDirective(text);
  const admonition = TITLED_ADMONITION.exec(text);
  if (admonition !== null) return { classes: [admonition[1] as string], pairs: { title: (admonition[2] ?? admonition[3] ?? '').trim() } };
  return /^[^\s{}:]+$/u.test(text) ? { classes: [text], pairs: {} } : null;
}
