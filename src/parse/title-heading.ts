// The heading that titles a manuscript whose front matter gives no title: it
// is printed once, in the title block, wherever it stood. Read by the parser
// and by `galley check`, which expects its words first.
import type { Heading, Root } from 'mdast';

/**
 * The first level-1 heading, else a heading the manuscript opens with ("##
 * Contents" halfway down a README is no title); none when the front matter
 * has a title of its own.
 */
export function titleHeading(root: Root): Heading | undefined {
  const frontMatter = root.children[0]?.type === 'yaml' ? root.children[0].value : '';
  if (/^title\s*:\s*\S/mu.test(frontMatter)) return undefined;
  const first = root.children.find((node) => node.type !== 'yaml' && node.type !== 'html' && node.type !== 'definition');
  return root.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1) ?? (first?.type === 'heading' ? first : undefined);
}
