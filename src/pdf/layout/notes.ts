// Notes are set ahead of pagination, at the note measure and size, so that a
// line citing a note knows the note's height. Each note is a list of boxes that
// pagination may split between lines.
import type { Block, Document } from '../../document.ts';
import { paragraphDirection } from '../../document/direction.ts';
import { visit } from '../../document/visit.ts';
import { blockText } from '../../text.ts';
import type { PlacedLine } from '../page-model.ts';
import { layoutBlocks } from './blocks/index.ts';
import { baselineOffset, inside, openElement } from './context.ts';
import type { LayoutContext } from './context.ts';
import { box, indentFlow, shiftDestinations, shiftItems } from './flow.ts';
import type { FlowBox, FlowItem } from './flow.ts';
import { noteDestination, refDestination } from './inline.ts';

/** The Document.blocks index holding each note's first citation. */
export function firstCitations(blocks: readonly Block[]): Map<number, number> {
  const found = new Map<number, number>();
  blocks.forEach((block, index) => {
    visit([block], {
      inline(node) {
        if (node.type === 'noteRef' && !found.has(node.number)) found.set(node.number, index);
      },
    });
  });
  return found;
}

/** Folds the space between a note's blocks into the box below it: a note is a stack of boxes. */
function stack(items: readonly FlowItem[]): FlowBox[] {
  const boxes: FlowBox[] = [];
  let space = 0;
  for (const item of items) {
    if (item.kind === 'glue') {
      space += item.height;
      continue;
    }
    boxes.push(
      space === 0
        ? item
        : {
            ...item,
            height: item.height + space,
            items: shiftItems(item.items, 0, space),
            destinations: shiftDestinations(item.destinations, 0, space),
          },
    );
    space = 0;
  }
  return boxes;
}

// Between a note's number and its text, at the least, in ems of the note size.
const NUMBER_GAP = 0.4;

/**
 * Every cited note as boxes: number hanging in the margin of the note (the
 * right one in right-to-left text), text beside it. The margin is the theme's
 * `notes.numberWidth`, or wider when a number needs it (note 100 and on), the
 * same for every note of the document so that their texts align.
 */
export function layoutNotes(doc: Document, base: LayoutContext): Map<number, FlowBox[]> {
  const { theme, fonts } = base;
  const style = theme.notes;
  const citedIn = firstCitations(doc.blocks);
  const notes = new Map<number, FlowBox[]>();
  const labelWidths = new Map(doc.notes.map((note) => [note.number, fonts.measure(String(note.number), 'body', style.size)]));
  const hang = Math.max(style.numberWidth, Math.max(0, ...labelWidths.values()) + NUMBER_GAP * style.size);
  for (const note of doc.notes) {
    const ctx: LayoutContext = {
      ...base,
      text: { size: style.size, leading: style.leading, italic: false },
      width: base.width - hang,
      role: 'Note',
      block: citedIn.get(note.number) ?? -1,
      wordBase: 0,
      indentFirst: false,
      listDepth: 0,
      note: note.number,
      structure: null,
    };
    // Note > Lbl (its number) + its blocks.
    const structure = openElement(ctx, 'Note');
    // A right-to-left note hangs its number in the right margin of the note, as lists hang their markers.
    const rtl = paragraphDirection(blockText(note.children[0] ?? { type: 'thematicBreak' }), base.direction) === 'rtl';
    const boxes = stack(indentFlow(layoutBlocks(note.children, inside(ctx, structure)).items, rtl ? 0 : hang));
    const label = String(note.number);
    const labelWidth = labelWidths.get(note.number) ?? 0;
    const first = boxes[0] ?? box({ height: style.leading, items: [] });
    const firstLine = first.items.find((it): it is PlacedLine => it.kind === 'line');
    const number: PlacedLine = {
      kind: 'line',
      x: 0,
      baseline: firstLine?.baseline ?? baselineOffset(ctx, style.size, style.leading),
      fragments: [
        {
          text: label,
          font: 'body',
          size: style.size,
          x: rtl ? base.width - labelWidth : 0,
          width: labelWidth,
          wordSpacing: 0,
          link: `#${refDestination(note.number)}`,
        },
      ],
      role: 'Lbl',
      block: ctx.block,
      tag: openElement(inside(ctx, structure), 'Lbl'),
    };
    boxes[0] = {
      ...first,
      items: [number, ...first.items],
      destinations: [{ name: noteDestination(note.number), x: 0, y: 0 }, ...first.destinations],
    };
    notes.set(note.number, boxes);
  }
  return notes;
}
