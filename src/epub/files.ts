// Fixed names of the files in the EPUB's OEBPS folder. Fixed names (never
// derived from the clock or randomness) keep the EPUB byte-reproducible.

export const COVER_FILE = 'cover.xhtml';
export const TITLE_FILE = 'title.xhtml';
export const NOTES_FILE = 'notes.xhtml';
export const COPYRIGHT_FILE = 'copyright.xhtml';
export const DEDICATION_FILE = 'dedication.xhtml';
/** epub-gen-memory always writes the navigation document and the stylesheet under these names. */
export const NAV_FILE = 'toc.xhtml';
export const STYLESHEET_FILE = 'style.css';

export function bodyFile(index: number): string {
  return `text-${index + 1}.xhtml`;
}

/** Note anchors, named as the PDF names them (document/anchors.ts). */
export { noteAnchor as noteId, refAnchor as noteRefId } from '../document/anchors.ts';

export function pageId(page: number): string {
  return `page-${page}`;
}

/** Ids the navigation document (templates/default/nav.xhtml.ejs) gives its navs and their headings. */
export const NAV_IDS = ['toc', 'landmarks', 'page-list', 'toc-heading', 'landmarks-heading', 'page-list-heading'] as const;

/** Whether `id` has the shape of an id this writer generates. */
export function isGeneratedId(id: string): boolean {
  return /^(ref-\d+(-\d+)?|note-\d+|page-\d+)$/u.test(id) || (NAV_IDS as readonly string[]).includes(id);
}
