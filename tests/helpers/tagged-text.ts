// A built PDF's structure tree read back with the text of each element's own
// marked content (the file's tree, the page text from pdf.js), and the drawn
// text that neither an element nor an artifact claims.
import { PdfDict, PdfFile, PdfRef } from '../../src/check/pdf/reader.ts';
import type { PdfValue } from '../../src/check/pdf/reader.ts';
import { LONE_HYPHEN } from '../../src/check/pdf/words.ts';

export interface TaggedNode {
  readonly type: string;
  readonly alt?: string;
  readonly scope?: string;
  /** A table cell's /ColSpan and /RowSpan attributes, when it has them. */
  readonly colSpan?: number;
  readonly rowSpan?: number;
  /** Numbers of the pages its own marked content lies on. */
  readonly pages: readonly number[];
  /** Its own marked content's text, in order. */
  readonly text: readonly string[];
  /** The text of it and its descendants, in the order of its kids (reading order). */
  readonly reading: readonly string[];
  /** How many annotations (links) it owns. */
  readonly annotations: number;
  readonly children: readonly TaggedNode[];
}

export interface Tagged {
  readonly tree: TaggedNode;
  /** Drawn text outside any element and any artifact, as "page N: text". */
  readonly unclaimed: readonly string[];
}

interface RawItem {
  readonly str?: string;
  readonly type?: string;
  readonly tag?: string;
  readonly id?: string | null;
  readonly hasEOL?: boolean;
}

/** Text by marked-content id (pdf.js's `p<page>R_mc<mcid>`), and the text drawn outside both content and artifacts. */
async function pageText(bytes: Uint8Array): Promise<{ byId: Map<string, string[]>; pageNumbers: Map<number, number>; loose: string[] }> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const byId = new Map<string, string[]>();
  const pageNumbers = new Map<number, number>();
  const loose: string[] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      pageNumbers.set(page.ref?.num ?? -1, n);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const open: { artifact: boolean; id: string | undefined }[] = [];
      // The last text item did not end its line: a hyphen after it belongs to its word.
      let midLine = false;
      for (const raw of content.items as RawItem[]) {
        if (raw.type === 'beginMarkedContent' || raw.type === 'beginMarkedContentProps') {
          const outer = open.at(-1);
          open.push({ artifact: (outer?.artifact ?? false) || raw.tag === 'Artifact', id: (typeof raw.id === 'string' ? raw.id : undefined) ?? outer?.id });
          continue;
        }
        if (raw.type === 'endMarkedContent') {
          open.pop();
          continue;
        }
        if (raw.str === undefined) continue;
        const joins = midLine && LONE_HYPHEN.test(raw.str);
        midLine = raw.str.trim() !== '' && raw.hasEOL !== true;
        if (raw.str.trim() === '') continue;
        const context = open.at(-1);
        if (context?.artifact === true) continue;
        if (context?.id === undefined) {
          loose.push(`page ${n}: ${raw.str}`);
          continue;
        }
        const read = byId.get(context.id) ?? [];
        if (joins && read.length > 0) read[read.length - 1] += raw.str;
        else byId.set(context.id, [...read, raw.str]);
      }
      page.cleanup();
    }
  } finally {
    await pdf.destroy();
  }
  return { byId, pageNumbers, loose };
}

export async function readTagged(bytes: Uint8Array): Promise<Tagged> {
  const { byId, pageNumbers, loose } = await pageText(bytes);
  const pdf = new PdfFile(Buffer.from(bytes));
  const claimed = new Set<string>();
  const element = (dict: PdfDict): TaggedNode => {
    const own = dict.get('Pg');
    const pages = new Set<number>();
    const text: string[] = [];
    const reading: string[] = [];
    const children: TaggedNode[] = [];
    let annotations = 0;
    const content = (mcid: number, page: PdfValue | undefined): void => {
      if (!(page instanceof PdfRef)) return;
      const id = `p${page.num}R_mc${mcid}`;
      claimed.add(id);
      pages.add(pageNumbers.get(page.num) ?? -1);
      text.push(...(byId.get(id) ?? []));
      reading.push(...(byId.get(id) ?? []));
    };
    const kids = pdf.resolve(dict.get('K'));
    for (const kid of Array.isArray(kids) ? kids : kids === undefined ? [] : [kids]) {
      if (typeof kid === 'number') {
        content(kid, own);
        continue;
      }
      const child = pdf.dict(kid);
      if (child === undefined) continue;
      const type = pdf.name(child.get('Type'));
      if (type === 'MCR') content(pdf.number(child.get('MCID')) ?? -1, child.get('Pg') ?? own);
      else if (type === 'OBJR') annotations++;
      else {
        const node = element(child);
        children.push(node);
        reading.push(...node.reading);
      }
    }
    const alt = pdf.text(dict.get('Alt'));
    const attributes = pdf.dict(dict.get('A'));
    const scope = pdf.name(attributes?.get('Scope'));
    const colSpan = pdf.number(attributes?.get('ColSpan'));
    const rowSpan = pdf.number(attributes?.get('RowSpan'));
    return {
      type: pdf.name(dict.get('S')) ?? '?',
      ...(alt !== undefined ? { alt } : {}),
      ...(scope !== undefined ? { scope } : {}),
      ...(colSpan !== undefined ? { colSpan } : {}),
      ...(rowSpan !== undefined ? { rowSpan } : {}),
      pages: [...pages].sort((a, b) => a - b),
      text,
      reading,
      annotations,
      children,
    };
  };
  const root = pdf.dict(pdf.catalog().get('StructTreeRoot'));
  const top = root === undefined ? [] : pdf.array(root.get('K')).length > 0 ? pdf.array(root.get('K')) : [root.get('K') ?? null];
  const children = top.flatMap((k) => (pdf.dict(k) ? [element(pdf.dict(k) as PdfDict)] : []));
  const tree: TaggedNode = { type: 'StructTreeRoot', pages: [], text: [], reading: children.flatMap((c) => c.reading), annotations: 0, children };
  const unclaimed = [...loose, ...[...byId].filter(([id]) => !claimed.has(id)).map(([id, text]) => `${id}: ${text.join(' ')}`)];
  return { tree, unclaimed };
}

/** Every node of a tree, depth first. */
export const nodesOf = (node: TaggedNode): TaggedNode[] => [node, ...node.children.flatMap(nodesOf)];

/** All the text in a subtree, in reading order, a word hyphenated at a line end joined up. */
export const textOf = (node: TaggedNode): string => node.reading.join('\n').replace(/-\n/gu, '');
