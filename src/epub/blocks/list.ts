// Lists: <ol>/<ul> (numbered from where the list starts, in the manuscript's
// style: `type` and a class for CSS's list-style-type), tight items without
// <p>, and task items with a read-only checkbox. CSS cannot put a number in
// parentheses or before a `)` (its @counter-style is not read by most reading
// systems), so such a list shows each item's marker as text of its own.
import type { Block, ListItem } from '../../document.ts';
import { formatMarker, type ListStyle } from '../../document/list-markers.ts';
import type { EpubContext } from '../context.ts';
import { h } from '../hast.ts';
import type { ElementContent, Properties } from '../hast.ts';
import { renderInlines } from '../inline.ts';
import { direction } from './direction.ts';
import { renderBlocks } from './index.ts';
import type { BlockHandler } from './types.ts';

/** HTML's `type` for each style. */
const TYPES: Readonly<Record<ListStyle, string>> = { decimal: '1', 'lower-alpha': 'a', 'upper-alpha': 'A', 'lower-roman': 'i', 'upper-roman': 'I' };

export const list: BlockHandler<'list'> = (block, ctx) => {
  const shown = block.ordered && block.delimiter !== undefined && block.delimiter !== 'period';
  const items = block.items.map((item, i) => listItem(item, block.spread, ctx, shown ? marker(block, i) : null));
  const properties: Properties = {};
  if (block.bibliography === true) properties.className = ['bibliography'];
  // `start` is how a list that resumes after an interruption keeps its numbers.
  if (block.ordered && block.start !== 1) properties.start = block.start;
  if (block.ordered && block.style !== undefined) {
    properties.type = TYPES[block.style];
    properties.className = [block.style];
  }
  if (shown) properties.className = ['shown-markers'];
  if (block.items.some((item) => item.checked !== null)) properties.className = ['task-list'];
  return [h(block.ordered ? 'ol' : 'ul', properties, items)];
};

/** An item's marker as text (`(c)`, `iv)`): not the author's words, so not counted where a page begins. */
function marker(block: Extract<Block, { type: 'list' }>, index: number): ElementContent {
  const text = formatMarker(block.start + index, block.style ?? 'decimal', block.delimiter ?? 'period');
  return h('span', { className: ['list-marker'] }, [{ type: 'text', value: `${text} ` }]);
}

/** Tight lists show their paragraphs without <p>, as Markdown renderers do. */
function listItem(item: ListItem, spread: boolean, ctx: EpubContext, shown: ElementContent | null): ElementContent {
  const rendered = item.children.flatMap((child) => {
    if (child.type !== 'paragraph' || spread) return renderBlocks([child], ctx);
    ctx.boundary();
    return renderInlines(child.children, ctx);
  });
  const children = shown === null ? rendered : withMarker(shown, rendered);
  const opening = item.children[0];
  const anchor: Properties = {
    ...(item.id === undefined ? {} : { id: ctx.book.plan.anchorIds.get(item.id) ?? item.id }),
    ...(opening?.type === 'paragraph' ? direction(opening.children, ctx) : {}),
  };
  if (item.checked === null) return h('li', anchor, children);
  const box = taskBox(item.checked);
  const [first, ...rest] = children;
  if (first?.type === 'element' && first.tagName === 'p') {
    return h('li', { ...anchor, className: ['task'] }, [{ ...first, children: [box, { type: 'text', value: ' ' }, ...first.children] }, ...rest]);
  }
  return h('li', { ...anchor, className: ['task'] }, [box, { type: 'text', value: ' ' }, ...children]);
}

/**
 * A read-only checkbox. An <input> would be invalid in XHTML without a form;
 * the ARIA role lets assistive technology announce "checkbox, checked" in the
 * reader's own language, and the ballot-box character shows the state visually.
 */
function taskBox(checked: boolean): ElementContent {
  return h('span', { className: ['task-box'], role: 'checkbox', ariaChecked: String(checked), ariaDisabled: 'true' }, [
    { type: 'text', value: checked ? '\u2611' : '\u2610' },
  ]);
}

/** The marker at the start of the item's first paragraph (or of the item, when tight). */
function withMarker(shown: ElementContent, children: readonly ElementContent[]): ElementContent[] {
  const [first, ...rest] = children;
  if (first?.type === 'element' && first.tagName === 'p') return [{ ...first, children: [shown, ...first.children] }, ...rest];
  return [shown, ...children];
}
