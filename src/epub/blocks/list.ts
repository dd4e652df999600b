// Lists: <ol>/<ul> (numbered from where the list starts), tight items without
// <p>, and task items with a read-only checkbox.
import type { ListItem } from '../../document.ts';
import type { EpubContext } from '../context.ts';
import { h } from '../hast.ts';
import type { ElementContent, Properties } from '../hast.ts';
import { renderInlines } from '../inline.ts';
import { direction } from './direction.ts';
import { renderBlocks } from './index.ts';
import type { BlockHandler } from './types.ts';

export const list: BlockHandler<'list'> = (block, ctx) => {
  const items = block.items.map((item) => listItem(item, block.spread, ctx));
  const properties: Properties = {};
  if (block.bibliography === true) properties.className = ['bibliography'];
  // `start` is how a list that resumes after an interruption keeps its numbers.
  if (block.ordered && block.start !== 1) properties.start = block.start;
  if (block.items.some((item) => item.checked !== null)) properties.className = ['task-list'];
  return [h(block.ordered ? 'ol' : 'ul', properties, items)];
};

/** Tight lists show their paragraphs without <p>, as Markdown renderers do. */
function listItem(item: ListItem, spread: boolean, ctx: EpubContext): ElementContent {
  const children = item.children.flatMap((child) => {
    if (child.type !== 'paragraph' || spread) return renderBlocks([child], ctx);
    ctx.boundary();
    return renderInlines(child.children, ctx);
  });
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
