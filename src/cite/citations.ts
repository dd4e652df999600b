// The citations of one manuscript: checked against the sources as the parser
// meets them (each gets its note number then), formatted together at the end
// by citeproc, and turned into notes, in-sentence text and the Sources list.
// Over 300 lines: one manuscript's citations from first sight to the notes
// they become, with the state those steps share (numbers, positions, what was
// cited); a book reads the cited sources here to gather one list.
import type { Cite } from 'mdast';
import type { Block, Inline, Note, Point } from '../document.ts';
import type { Diagnostics } from '../diagnostics.ts';
import { closest } from '../util/closest.ts';
import type { Slugger } from '../util/slug.ts';
import type { SourceEntry } from './csl-data.ts';
import { EngineError, render, type ClusterInput, type Rendered } from './engine.ts';
import { htmlToInlines, type LinkSpan } from './html.ts';
import { chooseLocale, locatorTerms, phrases } from './locale.ts';
import { parseLocator } from './locator.ts';
import { placeholder, type Insertions } from './insert.ts';
import { reportTo } from './report.ts';
import type { CitationSettings, Setting, SourceLibrary } from './sources.ts';
import type { Style } from './style.ts';

/** What the parser tells about the place a citation is met. */
export interface CitePlace {
  /** The manual note being converted, if the citation is written inside one. */
  readonly insideNote: number | undefined;
  /** Takes the next note number (shared with manual notes). */
  nextNoteNumber(): number;
}

export interface CitationOutput {
  /** Notes made from citations (kind 'citation'). */
  readonly notes: readonly Note[];
  /** Formatted text for the placeholders the parser put in sentences and manual notes. */
  readonly insertions: Insertions;
  /** The Sources heading and list, to append to the document; empty when nothing is listed. */
  readonly blocks: readonly Block[];
}

/** Where a citation's text goes: a note of its own, or in place of a placeholder. */
type Target =
  | { readonly note: Omit<Note, 'children'> }
  | {
      readonly inline: Inline;
      /**
       * With a note style, inside a manual note: without the closing period, a
       * bracketed citation in parentheses (as Pandoc does). False: an in-text
       * style's citation, set as the style gives it.
       */
      readonly inNote: 'bracketed' | 'in-text' | false;
    };

interface Recorded {
  readonly node: Cite;
  /** The citation as written, for messages and labels. */
  readonly asWritten: string;
  readonly noteIndex: number;
  readonly target: Target;
  /** `@key` with an in-text style: the author is in the sentence, the citation says the rest. */
  readonly suppressAuthor: boolean;
}

export interface CitationsOptions {
  /** null: the front matter declares no sources. */
  readonly library: SourceLibrary | null;
  readonly style: Style;
  /** Where `csl:` was written, if it was. */
  readonly styleSetting: Setting | undefined;
  readonly lang: string;
  readonly diagnostics: Diagnostics;
  /** The front matter's say on the list and links (`nocite`, `link-citations`, ...). */
  readonly listing?: Pick<CitationSettings, 'nocite' | 'linkCitations' | 'linkBibliography' | 'sectionTitle' | 'suppressBibliography'>;
  /** False: a source never cited is the caller's to report (a book's chapter: another chapter may cite it). */
  readonly reportUnused?: boolean;
}

export class Citations {
  private readonly recorded: Recorded[] = [];
  private readonly authors = new Map<Inline, string>();
  private readonly cited = new Set<string>();

  constructor(private readonly options: CitationsOptions) {}

  /** The Inlines that stand where `node` was written; `asWritten` is its source text. */
  cite(node: Cite, asWritten: string, place: CitePlace): Inline[] {
    const { library, style } = this.options;
    const first = node.items[0];
    // As Pandoc, a citation with no source to format it from is a warning, and (as Pandoc without
    // --citeproc) printed as written, so nothing the author wrote is lost.
    if (library === null) {
      // Without sources, `@name` in a sentence is just text (a handle, say).
      if (node.mode !== 'in-text' && first) this.warning(first.position, `citation "@${first.key}" is printed as written: the front matter names no sources (add "bibliography: sources.yaml" or "references:")`);
      return [{ type: 'text', value: asWritten }];
    }
    let unknown = false;
    for (const item of node.items) {
      if (library.entries.has(item.key)) this.cited.add(item.key);
      // A key of an entry with errors, or of a file that could not be read, is no mistake of its own.
      else if (library.complete && !library.rejected.has(item.key)) {
        const suggestion = closest(item.key, [...library.entries.keys()]);
        this.warning(item.position, `unknown citation key "@${item.key}"${suggestion ? ` (did you mean "@${suggestion}"?)` : ''}; the citation is printed as written`);
        unknown = true;
      }
    }
    if (unknown) return [{ type: 'text', value: asWritten }];
    const inText = node.mode === 'in-text' && first !== undefined;
    const { insideNote } = place;
    if (style.kind === 'note' && insideNote === undefined) {
      // The author named in the sentence, the full citation in the note.
      const number = place.nextNoteNumber();
      const start = node.position?.start ?? { line: 1, column: 1 };
      const note = { number, label: asWritten, kind: 'citation' as const, position: { line: start.line, column: start.column } };
      this.recorded.push({ node, asWritten, noteIndex: number, target: { note }, suppressAuthor: false });
      const ref: Inline = { type: 'noteRef', number, occurrence: 1 };
      return inText ? [this.author(first.key), ref] : [ref];
    }
    const inline = placeholder();
    if (style.kind === 'note') {
      this.recorded.push({ node, asWritten, noteIndex: insideNote ?? 0, target: { inline, inNote: node.mode }, suppressAuthor: false });
      return [inline];
    }
    // An in-text style: `@key` gives the author, then the rest of the citation (`Doe (2020)`).
    this.recorded.push({ node, asWritten, noteIndex: insideNote ?? 0, target: { inline, inNote: false }, suppressAuthor: inText });
    return inText ? [this.author(first.key), { type: 'text', value: ' ' }, inline] : [inline];
  }

  /** The ids of the sources cited or listed by `nocite` (complete once `finish` has run). */
  get citedSources(): ReadonlySet<string> {
    return this.cited;
  }

  /** Formats every citation (loading citeproc only if there is one) and reports unused sources. */
  finish(slugger: Slugger): CitationOutput {
    const { library } = this.options;
    const empty: CitationOutput = { notes: [], insertions: { fill: new Map(), citationNotes: new Set() }, blocks: [] };
    if (library === null) return empty;
    const listed = this.uncitedListed(library);
    for (const entry of library.entries.values()) {
      if (this.options.reportUnused !== false && !this.cited.has(entry.id) && !listed.has(entry.id)) reportTo(this.options.diagnostics, entry.file).warning(entry.at, `source "${entry.id}" is never cited`);
    }
    for (const id of listed) this.cited.add(id);
    if (this.cited.size === 0) return empty;
    const rendered = this.render(library);
    return rendered === null ? empty : this.output(library, rendered, slugger);
  }

  /** The sources `nocite:` lists (all of them for `@*`); an unknown key is warned about at `nocite:`. */
  private uncitedListed(library: SourceLibrary): Set<string> {
    const nocite = this.options.listing?.nocite;
    if (nocite === undefined) return new Set();
    if (nocite.keys.includes('*')) return new Set(library.entries.keys());
    const listed = new Set<string>();
    for (const key of nocite.keys) {
      if (library.entries.has(key)) listed.add(key);
      else if (library.complete && !library.rejected.has(key)) {
        const suggestion = closest(key, [...library.entries.keys()]);
        this.warning(nocite.at, `nocite: unknown source "@${key}" is not listed${suggestion ? `; did you mean "@${suggestion}"?` : ''}`);
      }
    }
    return listed;
  }

  private author(key: string): Inline {
    const inline = placeholder();
    this.authors.set(inline, key);
    return inline;
  }

  private render(library: SourceLibrary): Rendered | null {
    const { lang, style, styleSetting } = this.options;
    const locale = chooseLocale(lang);
    const firstCite = this.recorded[0]?.node.items[0]?.position;
    if (!locale.matches && firstCite) {
      this.warning(firstCite, `no CSL locale for language "${lang}"; citations are formatted with English (${locale.tag}) terms`);
    }
    const terms = locatorTerms(locale.tag);
    const clusters: ClusterInput[] = this.rendered(library).map(({ node, noteIndex, suppressAuthor }) => ({
      noteIndex,
      items: node.items.filter((item) => library.entries.has(item.key)).map((item) => {
        const { locator, label, suffix } = parseLocator(item.suffix, terms);
        return {
          id: item.key,
          prefix: item.prefix,
          suffix,
          ...(locator === undefined ? {} : { locator }),
          ...(label === undefined ? {} : { label }),
          suppressAuthor: item.suppressAuthor || suppressAuthor,
        };
      }),
    }));
    const items = [...this.cited].flatMap((id) => {
      const entry = library.entries.get(id);
      return entry ? [entry.item] : [];
    });
    const where = styleSetting?.at ?? { line: 1, column: 1 };
    try {
      const rendered = render({ style: style.xml(), locale: locale.tag, items, clusters, authorsOf: [...new Set(this.authors.values())] });
      return this.printsEverything(library, rendered) ? rendered : null;
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      this.error(where, `CSL style "${style.name}": ${error.message}`);
      return null;
    }
  }

  /** citeproc writes an error text in place of a citation or entry that has nothing to print: reported at that citation or entry. */
  private printsEverything(library: SourceLibrary, rendered: Rendered): boolean {
    const { name } = this.options.style;
    const empty = (html: string): boolean => html.includes('CSL STYLE ERROR') || html.includes('[NO_PRINTED_FORM]');
    let ok = true;
    this.rendered(library).forEach((recorded, i) => {
      if (!empty(rendered.clusters[i]?.html ?? '')) return;
      const suppressed = recorded.suppressAuthor || recorded.node.items.some((item) => item.suppressAuthor);
      const hint = suppressed ? 'do not suppress the author (drop the "-" before "@")' : 'give its source a title or an author';
      this.error(recorded.node.items[0]?.position ?? { line: 1, column: 1 }, `citation "${recorded.asWritten}" prints nothing in CSL style "${name}"; ${hint}`);
      ok = false;
    });
    for (const { id, html } of rendered.bibliography ?? []) {
      const entry = library.entries.get(id);
      if (!empty(html) || entry === undefined) continue;
      reportTo(this.options.diagnostics, entry.file).error(entry.at, `source "${id}" prints nothing in the list of sources in CSL style "${name}"; give it a title or an author`);
      ok = false;
    }
    return ok;
  }

  /** The citations given to citeproc: those citing at least one known source. */
  private rendered(library: SourceLibrary): Recorded[] {
    return this.recorded.filter(({ node }) => node.items.some((item) => library.entries.has(item.key)));
  }

  private output(library: SourceLibrary, rendered: Rendered, slugger: Slugger): CitationOutput {
    const { lang, listing } = this.options;
    const { sources, archivedAt } = phrases(lang);
    const heading = listing?.sectionTitle ?? sources;
    const linkCitations = listing?.linkCitations ?? true;
    const linkEntries = listing?.linkBibliography ?? true;
    const anchors = new Map((rendered.bibliography ?? []).map(({ id }) => [id, slugger.slug(`src-${id}`)]));
    const archived = (entry: SourceEntry | undefined): Inline[] =>
      entry?.archiveUrl === undefined
        ? []
        : [{ type: 'text', value: ` ${archivedAt} ` }, { type: 'link', url: entry.archiveUrl, children: [{ type: 'text', value: entry.archiveUrl }] }, { type: 'text', value: '.' }];
    const fill = new Map<Inline, readonly Inline[]>();
    const notes: Note[] = [];
    const citationNotes = new Set<number>();
    const seen = new Set<string>();
    // Citations whose every key is unknown were not rendered (the document fails anyway).
    this.rendered(library).forEach(({ node, target }, index) => {
      const cluster = rendered.clusters[index];
      if (cluster === undefined) return;
      const spans: LinkSpan[] = cluster.spans.flatMap((span) => {
        const anchor = linkCitations ? anchors.get(span.id) : undefined;
        return anchor === undefined ? [] : [{ start: span.start, end: span.end, url: `#${anchor}` }];
      });
      // The archived copy follows the first (full) citation of a source in a note.
      const firsts = node.items.filter((item) => library.entries.has(item.key) && !seen.has(item.key));
      for (const item of firsts) seen.add(item.key);
      const text = htmlToInlines(cluster.html, spans);
      const copies = firsts.flatMap((item) => archived(library.entries.get(item.key)));
      if ('note' in target) {
        notes.push({ ...target.note, children: [{ type: 'paragraph', children: [...text, ...copies] }] });
        citationNotes.add(target.note.number);
      } else if (target.inNote === false) {
        fill.set(target.inline, text);
      } else {
        // The sentence of the note goes on after it, so the citation's own closing period goes.
        const inner = copies.length === 0 ? withoutFinalPeriod(text) : [...text, ...withoutFinalPeriod(copies)];
        fill.set(target.inline, target.inNote === 'bracketed' ? [{ type: 'text', value: '(' }, ...inner, { type: 'text', value: ')' }] : inner);
      }
    });
    for (const [inline, key] of this.authors) fill.set(inline, htmlToInlines(rendered.authors.get(key) ?? ''));

    const insertions: Insertions = { fill, citationNotes };
    if (rendered.bibliography === null || rendered.bibliography.length === 0 || listing?.suppressBibliography === true) return { notes, insertions, blocks: [] };
    const entryText = (inlines: Inline[]): Inline[] => (linkEntries ? inlines : unlinked(inlines));
    const blocks: Block[] = [
      { type: 'heading', depth: 2, id: slugger.slug(heading), children: [{ type: 'text', value: heading }] },
      {
        type: 'list',
        ordered: false,
        start: 1,
        spread: false,
        bibliography: true,
        items: rendered.bibliography.map(({ id, html }) => ({
          checked: null,
          ...(anchors.has(id) ? { id: anchors.get(id) as string } : {}),
          children: [{ type: 'paragraph', children: entryText([...htmlToInlines(html), ...archived(library.entries.get(id))]) }],
        })),
      },
    ];
    return { notes, insertions, blocks };
  }

  private error(at: Point, message: string): void {
    this.options.diagnostics.error(at.line, at.column, message);
  }

  private warning(at: Point, message: string): void {
    this.options.diagnostics.warning(at.line, at.column, message);
  }
}

/** The inlines with every link replaced by its text (`link-bibliography: false`). */
function unlinked(inlines: readonly Inline[]): Inline[] {
  return inlines.flatMap((inline): Inline[] => {
    if (inline.type === 'link') return unlinked(inline.children);
    if (inline.type === 'emphasis' || inline.type === 'strong' || inline.type === 'delete' || inline.type === 'script') return [{ ...inline, children: unlinked(inline.children) }];
    return [inline];
  });
}

const ABBREVIATION_AT_END = /(?:^|[\s.(])\p{L}{1,2}\.[”’"']?$/u;

/** The inlines without the period that ends them (kept inside a closing quote: `“Title.”` → `“Title”`). */
function withoutFinalPeriod(inlines: readonly Inline[]): Inline[] {
  const last = inlines[inlines.length - 1];
  const rest = inlines.slice(0, -1);
  if (last?.type === 'text') {
    // An abbreviation keeps its period (`n.d.`, `ed.`).
    if (ABBREVIATION_AT_END.test(last.value)) return [...inlines];
    const value = last.value.replace(/\.([”’"']?)$/, '$1');
    return value === '' ? rest : [...rest, { type: 'text', value }];
  }
  if (last?.type === 'link' || last?.type === 'emphasis' || last?.type === 'strong') {
    const children = withoutFinalPeriod(last.children);
    return children.length === 0 ? rest : [...rest, { ...last, children }];
  }
  return [...inlines];
}
