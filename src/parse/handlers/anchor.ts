// HTML anchors, `<a id="x"></a>` or `<a name="x"></a>`, as MS Docs pages and
// READMEs put them before or inside a heading: a place `#x` links lead to,
// printing nothing. Raw HTML becomes this mdast node (html.ts), which the
// handler gives its id; an id already taken or not usable is left out with a
// warning, and links to it are then dropped as links to nowhere are.
import type { Node as UnistNode } from 'unist';
import type { Properties } from 'hast';
import type { Anchor, Nodes } from 'mdast';
import type { PhrasingHandler } from './types.ts';

declare module 'mdast' {
  interface Anchor extends UnistNode {
    type: 'anchor';
    /** The id or name as written. */
    name: string;
  }
  interface PhrasingContentMap {
    anchor: Anchor;
  }
  interface RootContentMap {
    anchor: Anchor;
  }
}

export const anchor: PhrasingHandler<'anchor'> = (node, ctx) => {
  const claimed = ctx.slugger.claim(node.name);
  if ('id' in claimed) return [{ type: 'anchor', id: claimed.id }];
  ctx.warning(node, `anchor "${node.name}" is left out because ${claimed.reason}`);
  return [];
};

/** The anchor an HTML `<a>` element's `id` (else `name`) makes, placed where `at` is. */
export function anchorOf(properties: Properties, at: Pick<Nodes, 'position'>): Anchor | null {
  const name = [properties['id'], properties['name']].find((value): value is string => typeof value === 'string' && value !== '');
  return name === undefined ? null : { type: 'anchor', name, ...(at.position ? { position: at.position } : {}) };
}
