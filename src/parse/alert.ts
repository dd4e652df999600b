// GitHub alerts: a block quote whose first line is `[!NOTE]`, `[!TIP]`,
// `[!IMPORTANT]`, `[!WARNING]` or `[!CAUTION]` (any case), alone on that line.
// Read as GitHub renders them: text after the marker on its line, an unknown
// kind (`[!FOO]`) or a marker with nothing after it leave a plain block quote.
// Shared by the parse handler and `galley check`, which reads the manuscript
// again and must know which quotes were printed as alerts.
import type { Blockquote, BlockContent, DefinitionContent, Paragraph, PhrasingContent } from 'mdast';
import { CALLOUT_KINDS, type CalloutKind } from '../document.ts';

const MARKER = /^\[!([a-z]+)\][ \t]*(?:\n|$)/iu;

export interface Alert {
  readonly kind: CalloutKind;
  /** The quote's blocks with the marker taken out (and its paragraph, when the marker was all of it). */
  readonly children: (BlockContent | DefinitionContent)[];
}

/** The alert a block quote is, or null for a plain quote. */
export function readAlert(node: Blockquote): Alert | null {
  const [first, ...rest] = node.children;
  if (first?.type !== 'paragraph') return null;
  const lead = first.children[0];
  if (lead?.type !== 'text') return null;
  const match = MARKER.exec(lead.value);
  const kind = CALLOUT_KINDS.find((k) => k === match?.[1]?.toLowerCase());
  if (match === null || kind === undefined) return null;
  const after = lead.value.slice(match[0].length);
  // The marker must end its line: a hard break may end it too (`[!NOTE]` and two spaces).
  const next = first.children[1];
  const endsLine = match[0].endsWith('\n') || next === undefined || next.type === 'break';
  if (!endsLine) return null;
  let inlines: PhrasingContent[] = [...(after === '' ? [] : [{ ...lead, value: after }]), ...first.children.slice(1)];
  if (after === '' && inlines[0]?.type === 'break') inlines = inlines.slice(1);
  const paragraph: Paragraph[] = inlines.length > 0 ? [{ ...first, children: inlines }] : [];
  const children = [...paragraph, ...rest];
  // GitHub leaves a marker with nothing under it as the quote it was written as.
  if (children.length === 0) return null;
  return { kind, children };
}
