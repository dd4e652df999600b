// Markdown manuscript → Document: byte checks, one remark parse, front matter
// and sources, pandoc-crossref's numbers and references, then the handlers
// (context.ts, handlers/), then the citations formatted by the CSL style.
// Pure apart from reading the images, bibliography and style files the
// manuscript names.
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';
import type { Yaml } from 'mdast';
import { Citations } from '../cite/citations.ts';
import { insertIntoBlocks, insertIntoNote } from '../cite/insert.ts';
import { placeSources, withoutSourcesPlace } from '../cite/sources-place.ts';
import { loadSources, type CitationSettings } from '../cite/sources.ts';
import { defaultStyle, readStyleFile, type Style } from '../cite/style.ts';
import type { Document, IncludedFile, Metadata } from '../document.ts';
import { spanOf } from '../document/position.ts';
import { Diagnostics, type Diagnostic } from '../diagnostics.ts';
import { headingText } from './handlers/heading.ts';
import { resolveFragments } from './handlers/link.ts';
import { readAbstract } from './abstract.ts';
import { CrossrefReferences } from './crossref-references.ts';
import { crossrefTargets } from './crossref-targets.ts';
import { resolveLatexReferences } from './latex-labels.ts';
import { readFrontMatter } from './front-matter.ts';
import { linkImplicitHeadings } from './implicit-header-links.ts';
import { kramdownSections } from './kramdown-sections.ts';
import { proseLanguage } from './prose-language.ts';
import { scriptLanguage } from './script-language.ts';
import { readMdx } from './mdx.ts';
import { readMdbookIncludes } from './mdbook-includes.ts';
import { diskIncludes } from './include-files.ts';
import { warnSiteDirectives } from './site-directives.ts';
import { findVaultAttachments } from './vault-attachments.ts';
import { titleHeading } from './title-heading.ts';
import type { Untitled } from './front-matter.ts';
import { decodeManuscript } from './input.ts';
import { parseMarkdown } from './markdown.ts';
import { smartenDocument, smartenText } from './smart-punctuation.ts';
import { LineIndex } from '../util/position.ts';
import { createParseContext, type CrossLink } from './context.ts';

export interface ParseResult {
  /** null when any diagnostic is an error. */
  readonly document: Document | null;
  /** In manuscript order. */
  readonly diagnostics: Diagnostic[];
  /** Ids of the sources it cites (or lists by `nocite`) from the book's bibliography, when it has none of its own. */
  readonly citedFromBook?: ReadonlySet<string>;
  /** The files besides the manuscript it reads (images, included files, bibliographies, a style), absolute: what `galley watch` watches. */
  readonly read: readonly string[];
}

export interface ParseOptions {
  /** Folders images may also come from (`--resource-path`), besides the manuscript's and the working folder. */
  readonly resourcePath?: readonly string[];
  /** The title when the front matter gives none (a book's chapter), instead of an error. */
  readonly untitled?: string;
  /** Links to other chapters of the book (see CrossLink). */
  readonly crossLink?: CrossLink;
  /** A book's bibliography and style, for a chapter whose front matter names none; their paths are relative to `folder`. */
  readonly citations?: { readonly settings: CitationSettings; readonly folder: string };
  /** The language when the front matter names none (a book's, for its chapters). */
  readonly lang?: string;
}

export function parseManuscript(path: string, bytes: Buffer, options: ParseOptions = {}): ParseResult {
  const diagnostics = new Diagnostics(path);
  const fromBook = new Set<string>();
  const read = new Set<string>();
  const document = build(path, bytes, diagnostics, options, fromBook, read);
  // The manuscript's own first, then those of the files it names (bibliographies, a style).
  const rank = (d: Diagnostic): number => (d.file === path ? 0 : 1);
  const sorted = [...diagnostics.items].sort(
    (a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
  return { document: diagnostics.hasErrors ? null : document, diagnostics: sorted, read: [...read], ...(options.citations !== undefined ? { citedFromBook: fromBook } : {}) };
}

function build(path: string, bytes: Buffer, diagnostics: Diagnostics, options: ParseOptions, fromBook: Set<string>, read: Set<string>): Document | null {
  const decoded = decodeManuscript(bytes, diagnostics);
  if (decoded === null) return null;
  const { text, abstract: sectionAbstract, abstractLine } = kramdownSections(decoded);
  if (text.trim() === '') {
    diagnostics.error(1, 1, 'the manuscript is empty; there is nothing to typeset');
    return null;
  }
  const root = parseMarkdown(text, diagnostics);
  if (root === null) return null;
  const folder = dirname(path);
  const images = { folder, read, ...(options.resourcePath ? { resourcePath: options.resourcePath } : {}) };
  const included: IncludedFile[] = [];
  readMdbookIncludes(root, diskIncludes(images, included), { problem: (node, message) => diagnostics.warning(node.position?.start.line ?? 1, node.position?.start.column ?? 1, message) });
  warnSiteDirectives(text, root, diagnostics);
  findVaultAttachments(root, images);
  readMdx(root, diagnostics);
  // Numbered before the handlers run: a reference may come before what it names.
  const targets = crossrefTargets(root, text);
  const crossrefs = new CrossrefReferences(targets, diagnostics);
  crossrefs.resolve(root, text);
  resolveLatexReferences(root, targets, diagnostics);

  const first = root.children[0];
  const frontMatter: Yaml | undefined = first?.type === 'yaml' ? first : undefined;
  if (!frontMatter && /^---[ \t]*(?:\r?\n|\r)/.test(text)) {
    // Pandoc and GitHub read an unclosed block as a rule and text, and so does Galley.
    diagnostics.warning(1, 1, 'the front matter is never closed, so it is printed as text: end it with a line of three dashes (---)');
  }
  const heading = titleHeading(root);
  // Without Pandoc's attribute block (`# Title {#id}`), which is never printed.
  const headingTitle = heading === undefined ? '' : headingText(heading);
  // A book names its chapters itself (front matter title, else first heading): no fallback warning.
  const untitled: Untitled =
    options.untitled !== undefined
      ? { fileName: options.untitled, silent: true }
      : { fileName: basename(path, extname(path)), ...(headingTitle === '' ? {} : { heading: headingTitle }) };
  const scriptLang = options.lang === undefined ? (scriptLanguage(text) ?? proseLanguage(text)) : undefined;
  const { metadata, citations: own, abstract: frontMatterAbstract } = readFrontMatter(frontMatter, diagnostics, folder, untitled, {
    ...(options.lang === undefined ? {} : { lang: options.lang }),
    ...(scriptLang === undefined ? {} : { scriptLang }),
  });
  if (frontMatterAbstract !== undefined && sectionAbstract !== undefined) {
    diagnostics.warning(abstractLine ?? sectionAbstract.line, 1, 'this "--- abstract" section is left out: the front matter has an abstract already');
  }
  const abstract = frontMatterAbstract ?? sectionAbstract;
  // A chapter without sources of its own cites the book's.
  const inherited = own.bibliography.length === 0 && own.references === undefined && own.csl === undefined ? options.citations : undefined;
  const settings = inherited?.settings ?? own;
  const sourceFolder = inherited?.folder ?? folder;
  for (const setting of [...settings.bibliography, ...(settings.csl === undefined ? [] : [settings.csl])]) read.add(resolve(sourceFolder, setting.value));
  const citations = new Citations({
    listing: settings,
    library: loadSources(settings, path, sourceFolder, diagnostics),
    style: styleOf(settings, sourceFolder, diagnostics),
    styleSetting: settings.csl,
    lang: metadata?.lang ?? 'en-US',
    diagnostics,
    // The book says which of its sources no chapter cites.
    reportUnused: inherited === undefined,
  });

  const lines = new LineIndex(text);
  const before = abstract === undefined ? null : readAbstract(abstract, metadata?.lang ?? 'en-US', { diagnostics, images, citations, crossrefs });
  const ctx = createParseContext(root, {
    diagnostics,
    text,
    lines,
    images,
    citations,
    notesBefore: before?.noteCount ?? 0,
    ...(options.crossLink !== undefined ? { crossLink: options.crossLink } : {}),
  });
  let blocks;
  try {
    blocks = [...(before?.blocks ?? []), ...ctx.flow(root.children)];
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const at = ctx.current?.position?.start ?? { line: 1, column: 1 };
    diagnostics.error(at.line, at.column, 'blocks are nested too deeply to typeset; flatten the quotes or lists around here');
    return null;
  }
  const manual = [...(before?.notes ?? []), ...ctx.finishNotes()];
  // A heading taken for the title is printed as the title, not twice (a language bar or badges may come before it).
  const titleOffset = heading?.position?.start.offset;
  if (metadata !== null && metadata.title === headingTitle && titleOffset !== undefined) {
    blocks = blocks.filter((block) => block.type !== 'heading' || spanOf(block)?.start.offset !== titleOffset);
  }

  if (blocks.length === 0) {
    const bodyLine = frontMatter?.position ? frontMatter.position.end.line + 1 : 1;
    diagnostics.error(bodyLine, 1, 'the manuscript has no body text; there is nothing to typeset');
  }
  const cited = citations.finish(ctx.slugger);
  if (inherited !== undefined) for (const id of citations.citedSources) fromBook.add(id);
  if (metadata === null) return null;
  const withHeadingLinks = linkImplicitHeadings(
    placeSources(insertIntoBlocks(blocks, cited.insertions), cited.blocks),
    [...manual, ...cited.notes].sort((a, b) => a.number - b.number).map((note) => {
      const inserted = insertIntoNote(note, cited.insertions);
      return { ...inserted, children: withoutSourcesPlace(inserted.children) };
    }),
  );
  const linked = resolveFragments(ctx, withHeadingLinks.blocks, withHeadingLinks.notes);
  const source = { path, source: bytes, ...(included.length > 0 ? { included } : {}) };
  if (metadata.smart === false) return { ...source, metadata, ...linked };
  return { ...source, metadata: smartenMetadata(metadata, untitled.fileName), ...smartenDocument(linked.blocks, linked.notes, metadata.lang) };
}

/** The title and subtitle as the body sets them, with typographic punctuation; a file name standing in for the title stays as it is. */
function smartenMetadata(metadata: Metadata, fileName: string): Metadata {
  const { title, subtitle, lang } = metadata;
  return {
    ...metadata,
    title: title === fileName ? title : smartenText(title, lang),
    ...(subtitle === undefined ? {} : { subtitle: smartenText(subtitle, lang) }),
  };
}

/** The style named by `csl:` (checked now, with its problems located), else the default. */
export function styleOf(settings: CitationSettings, folder: string, diagnostics: Diagnostics): Style {
  const { csl } = settings;
  if (csl === undefined) return defaultStyle();
  const file = isAbsolute(csl.value) ? csl.value : join(folder, csl.value);
  const style = readStyleFile(file, csl.value);
  if ('missing' in style) {
    diagnostics.error(csl.at.line, csl.at.column, `CSL style "${csl.value}" cannot be read: ${style.missing}`);
  } else if ('message' in style) {
    diagnostics.items.push({ severity: 'error', file, line: style.at.line, column: style.at.column, message: `CSL style "${csl.value}" is ${style.message}` });
  } else return style;
  return defaultStyle();
}
