import type { Link } from 'mdast';
import type { Inline } from '../../document.ts';
import type { State } from '../state.ts';

export function link(state: State, node: Link): Inline[] {
  return [linkTo(state.phrasing(node.children), node.url, node.title)];
}

/** A link; one without text shows its URL, so print readers see where it leads. */
export function linkTo(children: Inline[], url: string, title: string | null | undefined): Inline {
  return {
    type: 'link',
    url,
    ...(title ? { title } : {}),
    children: children.length > 0 ? children : [{ type: 'text', value: url }],
  };
}
