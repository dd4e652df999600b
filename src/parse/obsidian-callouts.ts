// Obsidian's callouts: a block quote opening with `[!type]`, perhaps a fold
// marker (`+`, `-`: open or folded on screen, meaningless on paper) and a
// title on the same line (`> [!warning]- Mind the gap`). Obsidian draws them
// all as boxes, where GitHub draws only its five alerts (alert.ts) and leaves
// the rest plain quotes. GitHub's alerts are read first, as GitHub reads
// them; a marker alone with nothing under it stays a quote, as GitHub leaves
// its own. Otherwise Obsidian's many types go to the callout kind nearest in
// meaning (an unknown type, as in Obsidian, a note), and the title is the
// callout's first line in bold, as a Quarto callout's `title` is
// (handlers/fenced-div.ts), unless it only repeats the label. Shared by the
// parse handler and `galley check`, which must read the title as printed words.
import type { Blockquote, Paragraph, PhrasingContent, Strong, Text } from 'mdast';
import { CALLOUT_KINDS, type CalloutKind } from '../document.ts';
import { admonitionKind, MATERIAL_ADMONITIONS } from './admonition-kinds.ts';
import { readAlert, type Alert } from './alert.ts';

const MARKER = /^\[!([\w-]+)\]([+-]?)(?=[ \t\n]|$)[ \t]*/u;

// Obsidian's types and their aliases (its help, "Callouts") are Material for MkDocs's, by the kind that
// says the same; `caution`, GitHub's word, stays GitHub's CAUTION.
const TYPES: Readonly<Record<string, CalloutKind>> = { ...MATERIAL_ADMONITIONS, caution: 'caution' };

/** The callout a block quote is, GitHub's alert or Obsidian's callout, or null for a plain quote. */
export function readCallout(node: Blockquote): Alert | null {
  const alert = readAlert(node);
  if (alert !== null) return alert;
  const [first, ...rest] = node.children;
  if (first?.type !== 'paragraph') return null;
  const lead = first.children[0];
  const match = lead?.type === 'text' ? MARKER.exec(lead.value) : null;
  if (lead?.type !== 'text' || match === null) return null;
  const type = (match[1] ?? '').toLowerCase();
  const kind = admonitionKind(TYPES, type) ?? 'note';
  const { title: written, body } = splitFirstLine([{ ...lead, value: lead.value.slice(match[0].length) }, ...first.children.slice(1)]);
  const title = isDefaultTitle(written, type) ? [] : written;
  const heading: Paragraph[] = title.length > 0 ? [{ type: 'paragraph', children: [strong(title)], ...(first.position ? { position: first.position } : {}) }] : [];
  const children = [...heading, ...(body.length > 0 ? [{ ...first, children: body }] : []), ...rest];
  // A marker with nothing under it and no title is left as written, as GitHub leaves its own.
  if (children.length === 0) return null;
  return { kind, children };
}

/**
 * Whether a title only repeats a kind's name (`[!note] Note`): Obsidian's
 * default title, which the callout's label says already. Another type's
 * (`[!info] Info`) is kept: the label says "Note".
 */
function isDefaultTitle(title: readonly PhrasingContent[], type: string): boolean {
  const [only] = title;
  return title.length === 1 && only?.type === 'text' && only.value.toLowerCase() === type && (CALLOUT_KINDS as readonly string[]).includes(type);
}

/** The inlines before the first line's end (the title) and those after it. */
function splitFirstLine(inlines: readonly PhrasingContent[]): { title: PhrasingContent[]; body: PhrasingContent[] } {
  const title: PhrasingContent[] = [];
  for (const [i, node] of inlines.entries()) {
    if (node.type === 'break') return { title: trimmed(title), body: inlines.slice(i + 1) };
    const end = node.type === 'text' ? node.value.indexOf('\n') : -1;
    if (end < 0) {
      title.push(node);
      continue;
    }
    const text = node as Text;
    if (end > 0) title.push({ ...text, value: text.value.slice(0, end) });
    const after = text.value.slice(end + 1);
    return { title: trimmed(title), body: [...(after === '' ? [] : [{ ...text, value: after }]), ...inlines.slice(i + 1)] };
  }
  return { title: trimmed(title), body: [] };
}

/** The title without the white space at its ends (an empty title is none). */
function trimmed(title: PhrasingContent[]): PhrasingContent[] {
  const last = title.at(-1);
  if (last?.type === 'text') title[title.length - 1] = { ...last, value: last.value.trimEnd() };
  return title.filter((node) => node.type !== 'text' || node.value !== '');
}

function strong(children: PhrasingContent[]): Strong {
  const start = children[0]?.position?.start;
  const end = children.at(-1)?.position?.end;
  return { type: 'strong', children, ...(start && end ? { position: { start, end } } : {}) };
}
