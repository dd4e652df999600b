// The text a reader gets out of a PDF, read with pdf.js: each page's text items
// with their positions, the page labels, and what each item is. A tagged PDF
// says what it is (its structure tree and marked content: Artifact, Note, Lbl,
// Reference); an untagged one is read by its geometry (small text below the
// body is a note, a small raised number a note mark). A book's chapter
// openings come from its named destinations.

/** body: running text; note: a note's text; label: a note's number; mark: a note mark; artifact: running head, folio. */
export type Role = 'body' | 'note' | 'label' | 'mark' | 'artifact';

export interface TextItem {
  readonly str: string;
  /** Baseline origin, PDF user space (y grows upwards). */
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly width: number;
  readonly role: Role;
  /** The table cell the item is tagged in, if any (structure tree), to read a row split across pages cell by cell. */
  readonly cell?: TableCell;
}

/**
 * A cell's place in its table. pdf.js gives a page's structure tree with every
 * row and cell of a table it draws part of, those on other pages empty, so a
 * cell's row and column are the same on each page the table spans.
 */
export interface TableCell {
  /** The table's shape, its rows' cell counts ("2,3,3"): one table's cells on two pages agree. */
  readonly table: string;
  readonly row: number;
  readonly column: number;
}

export interface TextPage {
  readonly number: number;
  /** The page's label (its printed number) when the file gives labels, else its number. */
  readonly label: string;
  readonly items: readonly TextItem[];
}

interface StructNode {
  readonly role?: string;
  readonly type?: string;
  readonly id?: string;
  readonly children?: readonly StructNode[];
}

/** What the structure elements above a marked-content sequence make of it. */
interface Tagged {
  readonly role: Role;
  readonly cell?: TableCell;
}

const ROW_GROUPS = new Set(['THead', 'TBody', 'TFoot']);
const CELLS = new Set(['TD', 'TH']);

/** A table's rows, through its row groups. */
function tableRows(table: StructNode): StructNode[] {
  return (table.children ?? []).flatMap((child) => (ROW_GROUPS.has(child.role ?? '') ? tableRows(child) : child.role === 'TR' ? [child] : []));
}

/** For each marked-content id on the page, its role from the structure elements above it, and its table cell. */
function rolesFromStructure(tree: StructNode | null): Map<string, Tagged> {
  const roles = new Map<string, Tagged>();
  // A note's number is the Lbl directly under its Note; a Lbl deeper in the note labels a list item or a term.
  const walk = (node: StructNode, inNote: boolean, inLabel: boolean, inReference: boolean, parentIsNote: boolean, cell: TableCell | undefined): void => {
    if (node.type === 'content' && node.id !== undefined) {
      roles.set(node.id, { role: inReference ? 'mark' : inLabel ? 'label' : inNote ? 'note' : 'body', ...(cell === undefined ? {} : { cell }) });
      return;
    }
    const role = node.role ?? '';
    const isNote = role === 'Note' || role === 'FENote';
    const label = inLabel || (parentIsNote && role === 'Lbl');
    const descend = (child: StructNode, at: TableCell | undefined): void => walk(child, inNote || isNote, label, inReference || role === 'Reference', isNote, at);
    if (role === 'Table') {
      const rows = tableRows(node);
      const cellsOf = (row: StructNode): StructNode[] => (row.children ?? []).filter((c) => CELLS.has(c.role ?? ''));
      const shape = rows.map((row) => cellsOf(row).length).join(',');
      rows.forEach((row, r) => cellsOf(row).forEach((c, column) => descend(c, { table: shape, row: r, column })));
      // A caption, or anything else in the table outside its cells, is read as it stands.
      const inCells = new Set(rows.flatMap(cellsOf));
      const outside = (n: StructNode): StructNode[] => (n.role === 'TR' || ROW_GROUPS.has(n.role ?? '') ? (n.children ?? []).flatMap(outside) : inCells.has(n) ? [] : [n]);
      for (const child of (node.children ?? []).flatMap(outside)) descend(child, cell);
      return;
    }
    for (const child of node.children ?? []) descend(child, cell);
  };
  if (tree !== null) walk(tree, false, false, false, false, undefined);
  return roles;
}

interface RawItem {
  readonly str?: string;
  readonly type?: string;
  readonly tag?: string;
  readonly id?: string | null;
  readonly transform?: number[];
  readonly width?: number;
}

/** Text items in drawing order, with the role their marked content and the structure tree give them. */
function itemsOf(content: readonly RawItem[], roles: ReadonlyMap<string, Tagged>, tagged: boolean): Array<Omit<TextItem, 'role'> & { role: Role | undefined }> {
  const items: Array<Omit<TextItem, 'role'> & { role: Role | undefined }> = [];
  // Marked content nests: the innermost sequence with an id decides, an Artifact anywhere above wins.
  const open: Array<{ artifact: boolean; role: Role | undefined; cell: TableCell | undefined }> = [];
  for (const raw of content) {
    if (raw.type === 'beginMarkedContent' || raw.type === 'beginMarkedContentProps') {
      const outer = open[open.length - 1];
      const artifact = (outer?.artifact ?? false) || raw.tag === 'Artifact';
      const tag = typeof raw.id === 'string' ? roles.get(raw.id) : undefined;
      open.push({ artifact, role: tag?.role ?? outer?.role, cell: tag === undefined ? outer?.cell : tag.cell });
      continue;
    }
    if (raw.type === 'endMarkedContent') {
      open.pop();
      continue;
    }
    if (raw.str === undefined || raw.str === '') continue;
    const [a = 0, b = 0, , , x = 0, y = 0] = raw.transform ?? [];
    const context = open[open.length - 1];
    const role = context?.artifact === true ? 'artifact' : (context?.role ?? (tagged ? 'body' : undefined));
    const cell = context?.artifact === true ? undefined : context?.cell;
    items.push({ str: raw.str, x, y, size: Math.hypot(a, b), width: raw.width ?? 0, role, ...(cell === undefined ? {} : { cell }) });
  }
  return items;
}

export interface PdfText {
  readonly pages: TextPage[];
  /** A book's chapter openings (where its `chapter-N` destinations lead), as page numbers in chapter order; empty for an article. */
  readonly chapterStarts: readonly number[];
  /** The embedded files by name, decoded whatever their filters. */
  readonly attachments: ReadonlyMap<string, Uint8Array>;
}

export async function readTextLayer(bytes: Uint8Array): Promise<TextPage[]> {
  return (await readPdfText(bytes)).pages;
}

export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  // pdf.js is large: loaded only when a PDF is checked, never by `galley build`.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const pages: Array<{ number: number; label: string; items: Array<Omit<TextItem, 'role'> & { role: Role | undefined }> }> = [];
  const attachments = new Map<string, Uint8Array>();
  const chapterStarts: number[] = [];
  try {
    const files = ((await pdf.getAttachments()) ?? {}) as Record<string, { filename: string; content: Uint8Array }>;
    for (const file of Object.values(files)) attachments.set(file.filename, file.content);
    chapterStarts.push(...(await chapterOpenings(pdf)));
    const labels = await pdf.getPageLabels();
    const tagged = (await pdf.getMarkInfo())?.Marked === true;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const roles = tagged ? rolesFromStructure((await page.getStructTree()) as StructNode | null) : new Map<string, Tagged>();
      pages.push({ number: n, label: labels?.[n - 1] ?? String(n), items: itemsOf(content.items as RawItem[], roles, tagged && roles.size > 0) });
      page.cleanup();
    }
  } finally {
    await pdf.destroy();
  }
  const body = bodySize(pages.flatMap((p) => p.items));
  const read = pages.map((page) => ({ ...page, items: page.items.some((i) => i.role === undefined) ? byGeometry(page.items, body) : (page.items as TextItem[]) }));
  return { pages: read, attachments, chapterStarts };
}

/** Destinations Galley gives a book's chapter openings. */
const CHAPTER = /^chapter-(\d+)$/u;

interface DestinationReader {
  getDestinations(): Promise<Record<string, unknown[] | null>>;
  getPageIndex(ref: { num: number; gen: number }): Promise<number>;
}

/** The page numbers the `chapter-N` destinations lead to, in chapter order. */
async function chapterOpenings(pdf: DestinationReader): Promise<number[]> {
  const chapters: Array<[number, number]> = [];
  for (const [name, destination] of Object.entries((await pdf.getDestinations()) ?? {})) {
    const match = CHAPTER.exec(name);
    const ref = destination?.[0];
    if (match === null || ref === null || typeof ref !== 'object') continue;
    chapters.push([Number(match[1]), (await pdf.getPageIndex(ref as { num: number; gen: number })) + 1]);
  }
  return chapters.sort((a, b) => a[0] - b[0]).map(([, page]) => page);
}

const roundSize = (size: number): number => Math.round(size * 10) / 10;

/** The size most of the document's characters are set in: the body text. */
function bodySize(items: ReadonlyArray<Omit<TextItem, 'role'>>): number {
  const chars = new Map<number, number>();
  for (const item of items) chars.set(roundSize(item.size), (chars.get(roundSize(item.size)) ?? 0) + item.str.length);
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

const NUMBER = /^\d{1,4}$/u;
// A note mark is set well below the body size (Galley: 0.65 of it); a note's
// number, in the note size, still smaller than the body.
const MARK_SIZE = 0.8;
const NOTE_SIZE = 0.95;
// Points of slack when comparing baselines.
const BASELINE_SLACK = 0.5;

/**
 * Roles for an untagged page: small raised numbers after text are note marks;
 * below the last line in the body size, smaller text is notes, and a small
 * number opening such a line, followed by text, is a note's number.
 */
function byGeometry(items: ReadonlyArray<Omit<TextItem, 'role'> & { role: Role | undefined }>, body: number): TextItem[] {
  const bodyLines = items.filter((i) => roundSize(i.size) === body).map((i) => i.y);
  const bottomOfBody = bodyLines.length > 0 ? Math.min(...bodyLines) : Infinity;
  return items.map((item, i) => {
    if (item.role !== undefined) return item as TextItem;
    const text = item.str.trim();
    const previous = items[i - 1];
    if (NUMBER.test(text) && previous !== undefined && item.size < body * MARK_SIZE) {
      const raised = item.y > previous.y + BASELINE_SLACK && item.y - previous.y < body;
      const follows = Math.abs(item.x - (previous.x + previous.width)) < item.size * 2;
      if (raised && follows) return { ...item, role: 'mark' };
    }
    if (item.size >= body * NOTE_SIZE || item.y >= bottomOfBody - BASELINE_SLACK) return { ...item, role: 'body' };
    const sameLine = items.filter((other) => other !== item && Math.abs(other.y - item.y) < BASELINE_SLACK);
    const opensLine = sameLine.every((other) => other.x > item.x);
    const followedByText = sameLine.some((other) => other.x > item.x && /\p{L}/u.test(other.str));
    return { ...item, role: NUMBER.test(text) && opensLine && followedByText ? 'label' : 'note' };
  });
}
