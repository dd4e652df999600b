// Every node of an mdast tree in document order, parents before their
// children: for the passes that read the whole tree after the parse
// (example-lists.ts, site-directives.ts).
import type { Nodes } from 'mdast';

export function eachNode(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) eachNode(child, visit);
}
