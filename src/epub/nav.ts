// The data of the navigation document (templates/default/nav.xhtml.ejs): a
// table of contents nested by heading depth, the landmarks, the page list.
import type { Document, PageStart } from '../document.ts';
import { COPYRIGHT_FILE, COVER_FILE, NAV_FILE, NOTES_FILE, STYLESHEET_FILE, TITLE_FILE, pageId } from './files.ts';
import type { Labels } from './labels.ts';
import { headingLabel } from './plan.ts';
import type { BookPlan } from './plan.ts';

export interface TocEntry {
  readonly label: string;
  readonly href: string;
  readonly children: TocEntry[];
}

export interface Landmark {
  /** An EPUB structural semantics term. */
  readonly type: 'cover' | 'titlepage' | 'copyright-page' | 'toc' | 'bodymatter' | 'endnotes';
  readonly href: string;
  readonly label: string;
}

export interface NavData {
  readonly lang: string;
  readonly title: string;
  readonly stylesheet: string;
  readonly labels: Labels;
  readonly toc: readonly TocEntry[];
  readonly landmarks: readonly Landmark[];
  readonly pageList: readonly { readonly label: string; readonly href: string }[];
}

export function navData(doc: Document, plan: BookPlan, labels: Labels, pageStarts: readonly PageStart[], book?: { readonly copyright: string }): NavData {
  const firstBody = plan.parts[0]?.filename;
  if (firstBody === undefined) throw new Error('a book has at least one body file');
  const hasNotes = doc.notes.length > 0;

  const landmarks: Landmark[] = [
    { type: 'cover', href: COVER_FILE, label: labels.cover },
    { type: 'titlepage', href: TITLE_FILE, label: labels.titlePage },
    // A book's front matter: its copyright page and the contents.
    ...(book !== undefined ? [{ type: 'copyright-page' as const, href: COPYRIGHT_FILE, label: book.copyright }, { type: 'toc' as const, href: NAV_FILE, label: labels.contents }] : []),
    { type: 'bodymatter', href: firstBody, label: labels.text },
  ];
  if (hasNotes) landmarks.push({ type: 'endnotes', href: NOTES_FILE, label: labels.notes });

  const toc: TocEntry[] = [{ label: labels.titlePage, href: TITLE_FILE, children: [] }];
  // Text before the first heading (or a manuscript without headings) is reached by the book's title.
  const firstBlock = doc.blocks[0];
  if (firstBlock?.type !== 'heading') toc.push({ label: doc.metadata.title, href: firstBody, children: [] });
  toc.push(...headingTree(doc, plan));
  if (hasNotes) toc.push({ label: labels.notes, href: NOTES_FILE, children: [] });

  const pageList = pageStarts.map((start) => ({
    label: String(start.page),
    href: `${start.block < 0 ? TITLE_FILE : (plan.fileOfBlock[start.block] ?? TITLE_FILE)}#${pageId(start.page)}`,
  }));

  return { lang: doc.metadata.lang, title: labels.contents, stylesheet: STYLESHEET_FILE, labels, toc, landmarks, pageList };
}

/** Each heading nests under the nearest earlier heading of a smaller depth. */
function headingTree(doc: Document, plan: BookPlan): TocEntry[] {
  const roots: TocEntry[] = [];
  const open: { depth: number; entry: TocEntry }[] = [];
  doc.blocks.forEach((block, index) => {
    if (block.type !== 'heading') return;
    const entry: TocEntry = { label: headingLabel(block), href: `${plan.fileOfBlock[index]}#${plan.anchorIds.get(block.id) ?? block.id}`, children: [] };
    while ((open.at(-1)?.depth ?? 0) >= block.depth) open.pop();
    const parent = open.at(-1);
    if (parent === undefined) roots.push(entry);
    else parent.entry.children.push(entry);
    open.push({ depth: block.depth, entry });
  });
  return roots;
}
