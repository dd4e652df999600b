// The one Markdown parse: CommonMark + GFM (tables, footnotes, strikethrough,
// task lists, autolinks) + YAML front matter + Pandoc citations, definition
// lists, grid tables, fancy list markers (`a.`, `(iv)`, `#.`) and numbered
// examples (`(@)`), fenced divs,
// inline notes (`^[…]`), simple and multiline tables, table captions and TeX math
// (math.ts) with pandoc-crossref's equation labels, MkDocs's and MyST's boxes
// (mkdocs-admonitions.ts, myst-directives.ts), without Obsidian's comments,
// its block identifiers and wikilinks read, into mdast with positions. Front matter may end with
// `---` or, as in YAML and Pandoc, with the document end marker `...`:
// whichever comes first closes it.
import type { Root } from 'mdast';
import { remarkDefinitionList } from 'remark-definition-list';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkCitations } from '../cite/mdast.ts';
import type { Diagnostics } from '../diagnostics.ts';
import { remarkFancyLists } from './fancy-lists.ts';
import { remarkFencedDivs } from './fenced-divs.ts';
import { withEquationLabels } from './equation-labels.ts';
import { withLatexLabels } from './latex-labels.ts';
import { withExampleLists } from './example-lists.ts';
import { remarkImageAlt } from './image-alt.ts';
import { withInlineNotes } from './inline-notes.ts';
import { hideMultilineTables, withMultilineTables } from './multiline-tables.ts';
import { withSimpleTables } from './simple-tables.ts';
import { withTableCaptions } from './table-captions.ts';
import { remarkGridTablesPlaced } from './grid-tables.ts';
import { remarkGridTableStart } from './grid-table-start.ts';
import { withEmojiShortcodes } from './emoji-shortcodes.ts';
import { withStyleBlocks } from './style-blocks.ts';
import { remarkPandocMath } from './math.ts';
import { withMkdocsAdmonitions } from './mkdocs-admonitions.ts';
import { withMystDirectives } from './myst-directives.ts';
import { withBlockIds } from './block-ids.ts';
import { withoutObsidianComments } from './obsidian-comments.ts';
import { withWikilinks } from './wikilinks.ts';

const withFences = (close: string) =>
  unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkImageAlt)
    .use(remarkFancyLists)
    .use(remarkDefinitionList)
    .use(remarkFencedDivs)
    .use(remarkGridTablesPlaced)
    .use(remarkGridTableStart)
    .use(remarkPandocMath)
    .use(remarkFrontmatter, [{ type: 'yaml', fence: { open: '---', close } }])
    .use(remarkCitations)
    .freeze();
const dashClosed = withFences('---');
const dotClosed = withFences('...');

/** remark-frontmatter tries its fences one after another, so the first closing line is found here. */
function processorFor(text: string): typeof dashClosed {
  if (!/^---[ \t]*(\r\n?|\n)/u.test(text)) return dashClosed;
  const close = /^(---|\.\.\.)[ \t]*$/mu.exec(text.slice(3));
  return close?.[1] === '...' ? dotClosed : dashClosed;
}

/** mdast of the text, or null (with a located error) when the parser runs out of stack. */
export function parseMarkdown(text: string, diagnostics: Diagnostics): Root | null {
  try {
    return parseTree(text, diagnostics);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const line = deepestLine(text);
    diagnostics.error(line, 1, 'blocks are nested too deeply to parse; flatten the quotes or lists around here');
    return null;
  }
}

/** The text's mdast; a box's body (an MkDocs admonition's, a MyST directive's) is parsed the same way, on its own. */
function parseTree(text: string, diagnostics: Diagnostics): Root {
  const processor = processorFor(text);
  const hidden = hideMultilineTables(text);
  const root = processor.parse(withSimpleTables(hidden.text));
  const tables = withTableCaptions(withInlineNotes(withMultilineTables(root, hidden.tables, text, (cell) => processor.parse(cell))));
  const read = withStyleBlocks(withEmojiShortcodes(withLatexLabels(withEquationLabels(withExampleLists(tables, text, diagnostics), text), text)), text);
  const boxed = withMystDirectives(withMkdocsAdmonitions(read, text, parseTree, diagnostics), text, parseTree, diagnostics);
  return withWikilinks(withBlockIds(withoutObsidianComments(boxed)), text, diagnostics);
}

/** The line with the longest run of container markers (quotes, list bullets, indentation) at its start. */
function deepestLine(text: string): number {
  let best = 1;
  let bestDepth = -1;
  text.split(/\r\n?|\n/).forEach((line, index) => {
    const depth = /^[\s>*+\-\d.)]*/.exec(line)?.[0].length ?? 0;
    if (depth > bestDepth) [best, bestDepth] = [index + 1, depth];
  });
  return best;
}
