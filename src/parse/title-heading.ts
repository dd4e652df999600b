// The heading that titles a manuscript whose front matter gives no title: it
// is printed once, in the title block, instead of where it stood. Read by the
// parser and by `galley check`, which expects its words first.
import type { Heading, PhrasingContent, Root, RootContent } from 'mdast';

/**
 * The heading the manuscript opens with: any level as its very first block, a
 * level-1 heading also after what only dresses a README's top (raw HTML such
 * as a centred logo, a paragraph of badges or of links to translations). None
 * when prose comes first: a heading further down is the text's own, and stays
 * where it stands ("## Contents" under a README's logo, "# Heading 1" after an
 * introduction). None either when the front matter has a title of its own.
 */
export function titleHeading(root: Root): Heading | undefined {
  const frontMatter = root.children[0]?.type === 'yaml' ? root.children[0].value : '';
  if (/^title\s*:\s*\S/mu.test(frontMatter)) return undefined;
  let dressed = false;
  for (const node of root.children) {
    if (node.type === 'yaml' || node.type === 'definition') continue;
    if (node.type === 'heading') return node.depth === 1 || !dressed ? node : undefined;
    if (!isDressing(node)) return undefined;
    dressed = true;
  }
  return undefined;
}

/**
 * Raw HTML, or a paragraph of links and images with no more words outside
 * them than there are links: badges, or a bar of links to translations where the current
 * language is plain text ("[English](README.md) ∙ Français").
 */
function isDressing(node: RootContent): boolean {
  if (node.type === 'html') return true;
  if (node.type !== 'paragraph') return false;
  const counts = { linked: 0, plain: 0, other: false };
  tally(node.children, counts);
  return !counts.other && counts.linked > 0 && counts.plain <= counts.linked;
}

const WORD = /[\p{L}\p{N}]+/gu;

function tally(nodes: readonly PhrasingContent[], counts: { linked: number; plain: number; other: boolean }): void {
  for (const node of nodes) {
    if (node.type === 'link' || node.type === 'linkReference' || node.type === 'image' || node.type === 'imageReference') counts.linked += 1;
    else if (node.type === 'text') counts.plain += node.value.match(WORD)?.length ?? 0;
    else if (node.type === 'emphasis' || node.type === 'strong') tally(node.children, counts);
    else if (node.type !== 'html' && node.type !== 'break') counts.other = true;
  }
}
