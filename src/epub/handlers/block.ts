// One handler per Block type. Each returns the hast for its node; the map's
// type makes a Block type without a handler a compile error.
import type { Align, Block, Inline, ListItem } from '../../document.ts';
import { documentDirection, RTL_LETTER } from '../../document/direction.ts';
import { columnAlignments } from '../../document/table-align.ts';
import { inlineText } from '../../text.ts';
import { h } from '../hast.ts';
import type { ElementContent, Properties } from '../hast.ts';
import type { State } from '../state.ts';
import { imageElement } from './inline.ts';

type BlockOf<T extends Block['type']> = Extract<Block, { type: T }>;

export type BlockHandlers = { readonly [T in Block['type']]: (state: State, node: BlockOf<T>) => ElementContent[] };

export const blockHandlers: BlockHandlers = {
  heading: (state, node) => [h(`h${node.depth}`, { id: state.book.plan.anchorIds.get(node.id) ?? node.id, ...direction(state, node.children) }, state.inlines(node.children))],

  paragraph: (state, node) => [h('p', direction(state, node.children), state.inlines(node.children))],

  blockquote: (state, node) => [h('blockquote', {}, state.blocks(node.children))],

  list: (state, node) => {
    const items = node.items.map((item) => listItem(state, item, node.spread));
    const properties: Properties = {};
    if (node.bibliography === true) properties.className = ['bibliography'];
    // `start` is how a list that resumes after an interruption keeps its numbers.
    if (node.ordered && node.start !== 1) properties.start = node.start;
    if (node.items.some((item) => item.checked !== null)) properties.className = ['task-list'];
    return [h(node.ordered ? 'ol' : 'ul', properties, items)];
  },

  code: (state, node) => {
    const properties: Properties = node.lang === null ? {} : { className: [`language-${node.lang}`] };
    return [h('pre', {}, [h('code', properties, state.text(node.value))])];
  },

  thematicBreak: () => [h('hr')],

  table: (state, node) => {
    const [head, ...body] = node.rows;
    const aligns = columnAlignments(node);
    const cells = (row: (typeof node.rows)[number], tag: 'th' | 'td'): ElementContent[] =>
      row.cells.map((cell, column) => {
        state.boundary();
        const properties: Properties = alignment(aligns[column] ?? null);
        if (tag === 'th') properties.scope = 'col';
        return h(tag, properties, state.inlines(cell.children));
      });
    const sections: ElementContent[] = [];
    if (head !== undefined) sections.push(h('thead', {}, [h('tr', {}, cells(head, 'th'))]));
    if (body.length > 0) sections.push(h('tbody', {}, body.map((row) => h('tr', {}, cells(row, 'td')))));
    return [h('table', {}, sections)];
  },

  figure: (state, node) => {
    const image = imageElement(state, node.image);
    const link: Properties | undefined = node.link && { href: node.link.url, ...(node.link.title ? { title: node.link.title } : {}) };
    const children: ElementContent[] = [link ? h('a', link, [image]) : image];
    if (node.caption.length > 0) children.push(h('figcaption', {}, state.inlines(node.caption)));
    return [h('figure', {}, children)];
  },
};

/**
 * `dir` for a paragraph: the document's direction when the front matter gives
 * one, else `auto` where it has right-to-left letters, so the reader's own
 * bidi algorithm orders and aligns it as the PDF does (see document/direction.ts).
 */
function direction(state: State, inlines: readonly Inline[]): Properties {
  const { dir, lang } = state.book.doc.metadata;
  const whole = documentDirection(dir, lang);
  if (whole !== undefined) return { dir: whole };
  return RTL_LETTER.test(inlineText(inlines)) ? { dir: 'auto' } : {};
}

/** Tight lists show their paragraphs without <p>, as Markdown renderers do. */
function listItem(state: State, item: ListItem, spread: boolean): ElementContent {
  const children = item.children.flatMap((child) => {
    if (child.type !== 'paragraph' || spread) return state.blocks([child]);
    state.boundary();
    return state.inlines(child.children);
  });
  const opening = item.children[0];
  const anchor: Properties = {
    ...(item.id === undefined ? {} : { id: state.book.plan.anchorIds.get(item.id) ?? item.id }),
    ...(opening?.type === 'paragraph' ? direction(state, opening.children) : {}),
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

/** Column alignment as a class, so the stylesheet (a user-replaceable file) decides how it looks. */
function alignment(align: Align): Properties {
  return align === null ? {} : { className: [`align-${align}`] };
}
