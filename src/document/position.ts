// Where each Block and Inline was written in the manuscript, carried from the
// mdast node it was made from, so a problem found in the Document (a glyph no
// font has) is reported at its own line:col. The span is held off the node's
// enumerable keys: it is not content, so two equal nodes written in different
// places stay equal (tests, caches, JSON) and the writers never see it.
import type { Point } from '../util/position.ts';

/** A place in the manuscript's decoded text (BOM removed), as remark counts it. */
export interface SourcePoint extends Point {
  /** UTF-16 offset into the decoded text. */
  readonly offset: number;
}

/** Start (inclusive) and end (exclusive) of the source a node was made from. */
export interface Span {
  readonly start: SourcePoint;
  readonly end: SourcePoint;
}

const SPAN = Symbol('span');

type Spanned = { [SPAN]?: Span };

/** The node's span, if it was made from the manuscript (not generated, e.g. by a citation style). */
export function spanOf(node: object): Span | undefined {
  return (node as Spanned)[SPAN];
}

/** Gives `node` the span, unless it has one already (a handler's inner nodes keep their own). */
export function setSpan<T extends object>(node: T, span: Span | undefined): T {
  if (span !== undefined && spanOf(node) === undefined && Object.isExtensible(node)) {
    Object.defineProperty(node, SPAN, { value: span, enumerable: false });
  }
  return node;
}

/** `copy` with the span of `original`: for passes that rebuild a node. */
export function keepSpan<T extends object>(original: object, copy: T): T {
  return setSpan(copy, spanOf(original));
}
