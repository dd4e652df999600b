// pandoc-crossref's references, which the citation syntax reads as citations
// (`@fig:map`, `[@fig:a; @fig:b]`, `[-@eq:e]`, `[see @tbl:t]`): each becomes
// what pandoc-crossref prints, linked to what it names (crossref-targets.ts):
// "fig. 1" (`@Fig:` gives "Fig. 1"), "figs. 1, 2", "figs. 1–3", "tbl. 2",
// "eq. 3"; `-@` leaves the prefix out and `[see @fig:a]` puts "see" in its
// place. A section reference prints the heading's title: pandoc-crossref
// prints a number, but Galley numbers no headings (a warning says so, once).
// A label nothing carries is printed as written, with a warning at it, as is
// a reference of a kind Galley does not number (`@lst:`, code listings), with
// one warning. Citations in the same brackets (`[@fig:a; @doe]`) stay
// citations, after the references. Read before the handlers, on the tree.
import type { CiteItem } from '../cite/mdast.ts';
import type { Cite, Nodes, PhrasingContent, Root } from 'mdast';
import type { Diagnostics } from '../diagnostics.ts';
import { kindOf, type CrossrefKind, type CrossrefTarget } from './crossref-targets.ts';

/** A key pandoc-crossref takes: a prefix it knows (its first letter capital or not), a colon, a label. */
const REFERENCE = /^(?:[Ff]ig|[Tt]bl|[Ee]q|[Ss]ec|[Ll]st):./u;

/** pandoc-crossref's default prefixes, for one thing and for several. */
const PREFIXES = { fig: ['fig.', 'figs.'], tbl: ['tbl.', 'tbls.'], eq: ['eq.', 'eqns.'] } as const;

const NO_BREAK_SPACE = '\u00a0';

/** Why a label names nothing, by its kind. */
const NOWHERE: Readonly<Record<CrossrefKind, (label: string) => string>> = {
  fig: (label) => `no figure (an image alone in its paragraph) is labelled ${label}`,
  tbl: (label) => `no table caption ends with ${label}`,
  eq: (label) => `no display formula is labelled ${label}`,
  sec: (label) => `no heading is labelled ${label}`,
};

interface Reference {
  readonly label: string;
  readonly target: CrossrefTarget;
  readonly capital: boolean;
  readonly item: CiteItem;
}

export class CrossrefReferences {
  private readonly warned = new Set<string>();

  constructor(
    private readonly targets: ReadonlyMap<string, CrossrefTarget>,
    private readonly diagnostics: Diagnostics,
  ) {}

  /** Replaces the references in `root` (a figure's description and a table's caption included); `text` is what its offsets index. */
  resolve(root: Root, text: string): void {
    const walk = (nodes: Nodes[]): void => {
      for (let i = 0; i < nodes.length; i += 1) {
        const node = nodes[i] as Nodes;
        if (node.type === 'cite') {
          const replaced = this.replace(node, text);
          nodes.splice(i, 1, ...replaced);
          i += replaced.length - 1;
          continue;
        }
        if ('children' in node) walk(node.children as Nodes[]);
        const data = node.data as { altChildren?: Nodes[]; caption?: Nodes[] } | undefined;
        for (const more of [data?.altChildren, data?.caption]) if (more !== undefined) walk(more);
      }
    };
    walk(root.children as Nodes[]);
  }

  private replace(cite: Cite, text: string): PhrasingContent[] {
    const items = cite.items.filter((item) => REFERENCE.test(item.key));
    if (items.length === 0) return [cite];
    const at = cite.position ? { position: cite.position } : {};
    const references = items.map((item) => this.reference(item));
    if (references.some((reference) => reference === null)) {
      const start = cite.position?.start.offset;
      const end = cite.position?.end.offset;
      return [{ type: 'text', value: start === undefined || end === undefined ? '' : text.slice(start, end), ...at }];
    }
    const printed = format(references as Reference[]).map((node) => ({ ...node, ...at }));
    const rest = cite.items.filter((item) => !REFERENCE.test(item.key));
    return rest.length === 0 ? printed : [...printed, { type: 'text', value: ' ', ...at }, { ...cite, items: rest }];
  }

  /** The reference an item makes, or null (after a warning) when it is printed as written. */
  private reference(item: CiteItem): Reference | null {
    const capital = /^[A-Z]/u.test(item.key);
    const label = item.key.charAt(0).toLowerCase() + item.key.slice(1);
    const target = this.targets.get(label);
    const kind = kindOf(label);
    if (kind === null) {
      this.once('lst', item, 'pandoc-crossref\'s listing references (@lst:…) are printed as written: Galley does not number code listings');
      return null;
    }
    if (target === undefined) {
      this.diagnostics.warning(item.position.line, item.position.column, `reference "@${item.key}" is printed as written: ${NOWHERE[kind](`{#${label}}`)}`);
      return null;
    }
    if (target.kind === 'sec') this.once('sec', item, 'pandoc-crossref\'s section references (@sec:…) print the heading\'s title, linked to it: Galley does not number headings');
    return { label, target, capital, item };
  }

  private once(kind: string, item: CiteItem, message: string): void {
    if (this.warned.has(kind)) return;
    this.warned.add(kind);
    this.diagnostics.warning(item.position.line, item.position.column, message);
  }
}

/** The references of one citation as pandoc-crossref prints them: runs of one kind and one prefix grouped, groups apart by commas. */
function format(references: readonly Reference[]): PhrasingContent[] {
  const groups: Reference[][] = [];
  for (const reference of references) {
    const group = groups.at(-1);
    const first = group?.[0];
    const same = first !== undefined && first.target.kind === reference.target.kind && first.item.prefix === reference.item.prefix && first.item.suppressAuthor === reference.item.suppressAuthor;
    if (group !== undefined && same) group.push(reference);
    else groups.push([reference]);
  }
  return groups.flatMap((group, i) => [...(i > 0 ? [text(', ')] : []), ...formatGroup(group)]);
}

function formatGroup(group: readonly Reference[]): PhrasingContent[] {
  const [first] = group as [Reference, ...Reference[]];
  const { kind } = first.target;
  const written = first.item.prefix;
  if (kind === 'sec') {
    return group.flatMap((reference, i) => [
      ...(i > 0 ? [text(', ')] : []),
      ...(written === '' ? [] : [text(`${written} `)]),
      link(reference.label, reference.target.title ?? reference.label),
      ...suffix(reference),
    ]);
  }
  const numbered = [...new Map(group.map((reference) => [reference.label, reference])).values()].sort((a, b) => (a.target.number ?? 0) - (b.target.number ?? 0));
  const prefix = first.item.suppressAuthor ? '' : written !== '' ? written : defaultPrefix(kind, numbered.length, first.capital);
  const lead = prefix === '' ? '' : `${prefix}${NO_BREAK_SPACE}`;
  const [only] = numbered;
  // One thing: the prefix is part of the link, as pandoc-crossref's nameInLink has it.
  if (numbered.length === 1 && only !== undefined) return [link(only.label, `${lead}${only.target.number}`), ...suffix(only)];
  const runs = numbered.some((reference) => reference.item.suffix !== '') ? numbered.map((reference) => [reference]) : consecutive(numbered);
  return [
    ...(lead === '' ? [] : [text(lead)]),
    ...runs.flatMap((run, i) => {
      const [from, ...more] = run as [Reference, ...Reference[]];
      const to = more.at(-1);
      const range = to === undefined ? [link(from.label, String(from.target.number))] : [link(from.label, String(from.target.number)), text('–'), link(to.label, String(to.target.number))];
      return [...(i > 0 ? [text(', ')] : []), ...range, ...suffix(to ?? from)];
    }),
  ];
}

function defaultPrefix(kind: keyof typeof PREFIXES, count: number, capital: boolean): string {
  const prefix = PREFIXES[kind][count > 1 ? 1 : 0];
  return capital ? prefix.charAt(0).toUpperCase() + prefix.slice(1) : prefix;
}

/** Numbers in runs: three or more in a row make a range ("1–3"), as pandoc-crossref shortens them; two stay apart ("1, 2"). */
function consecutive(numbered: readonly Reference[]): Reference[][] {
  const runs: Reference[][] = [];
  for (const reference of numbered) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run !== undefined && last !== undefined && (last.target.number ?? 0) + 1 === reference.target.number) run.push(reference);
    else runs.push([reference]);
  }
  return runs.flatMap((run) => (run.length >= 3 ? [run] : run.map((reference) => [reference])));
}

function suffix(reference: Reference): PhrasingContent[] {
  const { suffix: written } = reference.item;
  if (written === '') return [];
  return [text(/^[,.;:]/u.test(written) ? written : ` ${written}`)];
}

function link(label: string, value: string): PhrasingContent {
  return { type: 'link', url: `#${label}`, children: [text(value)] };
}

function text(value: string): PhrasingContent {
  return { type: 'text', value };
}
