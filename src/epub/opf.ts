// The data of the package document (templates/default/content.opf.ejs):
// metadata, accessibility metadata, manifest and spine.
import type { Document } from '../document.ts';
import { COPYRIGHT_FILE, DEDICATION_FILE, COVER_FILE, NAV_FILE, NOTES_FILE, STYLESHEET_FILE, TITLE_FILE } from './files.ts';
import type { EmbeddedFont } from './fonts.ts';
import type { PackagedImage } from './images.ts';
import { fill } from './labels.ts';
import type { Labels } from './labels.ts';
import type { BodyPart } from './plan.ts';
import { hasImages } from './walk.ts';

export interface ManifestItem {
  readonly id: string;
  readonly href: string;
  readonly mediaType: string;
  readonly properties?: string;
}

export interface PackageData {
  readonly lang: string;
  readonly identifier: string;
  readonly title: string;
  readonly creators: readonly string[];
  readonly publisher?: string;
  readonly description?: string;
  readonly date?: string;
  readonly rights?: string;
  readonly keywords: readonly string[];
  /** URL of the original publication. */
  readonly source?: string;
  /** The edition whose page breaks the page list reproduces. */
  readonly pageSource?: string;
  /** `dcterms:modified`: UTC, whole seconds, `Z`. */
  readonly modified: string;
  readonly accessibility: {
    readonly accessModes: readonly string[];
    readonly accessModesSufficient: readonly string[];
    readonly features: readonly string[];
    readonly hazards: readonly string[];
    readonly summary: string;
    readonly conformsTo: string;
  };
  readonly embedsFonts: boolean;
  readonly manifest: readonly ManifestItem[];
  /** Manifest ids in reading order. */
  readonly spine: readonly string[];
}

const XHTML = 'application/xhtml+xml';

export const CONFORMS_TO = 'EPUB Accessibility 1.1 - WCAG 2.1 Level AA';

export interface PackageParts {
  readonly parts: readonly BodyPart[];
  readonly images: readonly PackagedImage[];
  readonly fonts: readonly EmbeddedFont[];
  readonly cover: { readonly href: string; readonly mediaType: string };
  readonly paginated: boolean;
  readonly modified: Date;
  /** A book's copyright page and contents, after the title page. */
  readonly copyright?: boolean;
  /** A book's dedication page, between those two. */
  readonly dedication?: boolean;
  /** Content documents (by file name) that hold MathML: their manifest items say so (`properties="mathml"`), as EPUB 3 requires. */
  readonly mathml?: ReadonlySet<string>;
}

export function packageData(doc: Document, labels: Labels, parts: PackageParts): PackageData {
  const { metadata } = doc;
  const hasNotes = doc.notes.length > 0;
  const manifest: ManifestItem[] = [
    { id: 'nav', href: NAV_FILE, mediaType: XHTML, properties: 'nav' },
    { id: 'css', href: STYLESHEET_FILE, mediaType: 'text/css' },
    { id: 'cover-image', href: parts.cover.href, mediaType: parts.cover.mediaType, properties: 'cover-image' },
    { id: 'cover', href: COVER_FILE, mediaType: XHTML },
    { id: 'titlepage', href: TITLE_FILE, mediaType: XHTML, ...(parts.mathml?.has(TITLE_FILE) === true ? { properties: 'mathml' } : {}) },
  ];
  const spine = ['cover', 'titlepage'];
  if (parts.copyright === true) {
    manifest.push({ id: 'copyright', href: COPYRIGHT_FILE, mediaType: XHTML });
    // A book's contents are a page of its front matter (and the landmarks' toc must be in the spine).
    spine.push('copyright');
    if (parts.dedication === true) {
      manifest.push({ id: 'dedication', href: DEDICATION_FILE, mediaType: XHTML });
      spine.push('dedication');
    }
    spine.push('nav');
  }
  for (const part of parts.parts) {
    const id = part.filename.replace(/\.xhtml$/u, '');
    manifest.push({ id, href: part.filename, mediaType: XHTML, ...(parts.mathml?.has(part.filename) === true ? { properties: 'mathml' } : {}) });
    spine.push(id);
  }
  if (hasNotes) {
    manifest.push({ id: 'notes', href: NOTES_FILE, mediaType: XHTML, ...(parts.mathml?.has(NOTES_FILE) === true ? { properties: 'mathml' } : {}) });
    spine.push('notes');
  }
  for (const image of parts.images) manifest.push({ id: image.id, href: image.href, mediaType: image.mediaType });
  for (const font of parts.fonts) manifest.push({ id: font.id, href: font.href, mediaType: font.mediaType });

  const visual = hasImages(doc.blocks) || hasImages(doc.notes.flatMap((note) => note.children));
  const features = ['structuralNavigation', 'tableOfContents', 'readingOrder'];
  if (visual) features.push('alternativeText');
  if (parts.paginated) features.push('printPageNumbers', 'pageBreakMarkers', 'pageNavigation');

  const data: PackageData = {
    lang: metadata.lang,
    identifier: metadata.isbn?.ebook?.urn ?? metadata.identifier,
    title: metadata.title,
    creators: metadata.authors,
    keywords: metadata.keywords,
    modified: modifiedStamp(parts.modified),
    accessibility: {
      accessModes: visual ? ['textual', 'visual'] : ['textual'],
      accessModesSufficient: ['textual'],
      features,
      hazards: ['none'],
      summary: labels.accessibilitySummary,
      conformsTo: CONFORMS_TO,
    },
    embedsFonts: parts.fonts.length > 0,
    manifest,
    spine,
  };
  const description = metadata.description ?? metadata.subtitle;
  return {
    ...data,
    ...(metadata.publisher !== undefined && { publisher: metadata.publisher }),
    ...(description !== undefined && { description }),
    ...(metadata.date !== undefined && { date: metadata.date }),
    ...(metadata.rights !== undefined && { rights: metadata.rights }),
    ...(metadata.source !== undefined && { source: metadata.source }),
    ...(parts.paginated && { pageSource: fill(labels.printEdition, { identifier: metadata.isbn?.print?.urn ?? metadata.identifier, title: metadata.title }) }),
  };
}

/** `2026-01-02T03:04:05Z`: EPUB requires UTC to the second. */
export function modifiedStamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
