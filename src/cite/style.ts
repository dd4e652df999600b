// The CSL style: Chicago full-note (17th edition, from an npm package) unless
// the front matter's `csl:` names a style file beside the manuscript. A named
// file is read and checked at once (well-formed XML, a CSL <style> with a
// <citation>, every macro it calls defined), so a broken style is reported
// with its own line:col even before citeproc is loaded.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Point } from '../document.ts';
import { LineIndex } from '../util/position.ts';

const require = createRequire(import.meta.url);

const DEFAULT_STYLE_PACKAGE = '@citation/csl-style-chicago-fullnote-bibliography';
const CSL_NAMESPACE = 'http://purl.org/net/xbiblio/csl';

export interface Style {
  /** For messages: the file as named in the front matter, or the default style's package. */
  readonly name: string;
  /** `note`: citations become footnotes; `in-text`: they stay in the sentence. */
  readonly kind: 'note' | 'in-text';
  /** The style's XML (read lazily for the default style). */
  xml(): string;
}

export interface StyleProblem {
  readonly at: Point;
  readonly message: string;
}

export function defaultStyle(): Style {
  return {
    name: DEFAULT_STYLE_PACKAGE,
    kind: 'note',
    xml: () => (require(DEFAULT_STYLE_PACKAGE) as { default: { content: string } }).default.content,
  };
}

/** The style in `xml` (the text of the file `name`), or the problem that makes it unusable. */
export function readStyle(name: string, xml: string): Style | StyleProblem {
  const checked = checkCsl(xml);
  if ('message' in checked) return checked;
  return { name, kind: checked.kind, xml: () => xml };
}

export function readStyleFile(path: string, name: string): Style | StyleProblem | { readonly missing: string } {
  let xml: string;
  try {
    xml = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { missing: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(error) };
  }
  return readStyle(name, xml.startsWith('\uFEFF') ? xml.slice(1) : xml);
}

const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<|&(?!#\d+;|#x[0-9a-fA-F]+;|[A-Za-z]+;)/g;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

interface Element {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly at: number;
}

/** Well-formedness and the few CSL rules whose breach citeproc would not report. */
function checkCsl(xml: string): { kind: 'note' | 'in-text' } | StyleProblem {
  const lines = new LineIndex(xml);
  const problem = (offset: number, message: string): StyleProblem => ({ at: lines.point(offset), message });
  const open: Element[] = [];
  const seen: Element[] = [];
  let root: Element | undefined;
  for (const match of xml.matchAll(TOKEN)) {
    const [token, endName, startName, attributeText = '', selfClosing] = match;
    const at = match.index;
    if (token === '<') return problem(at, 'not well-formed XML: a "<" that starts no tag');
    if (token.startsWith('&')) return problem(at, 'not well-formed XML: a "&" that starts no entity (write &amp;)');
    if (endName !== undefined) {
      const top = open.pop();
      if (top?.name !== endName) {
        return problem(at, top ? `not well-formed XML: </${endName}> closes <${top.name}>` : `not well-formed XML: </${endName}> closes nothing`);
      }
      continue;
    }
    if (startName === undefined) continue;
    if (root !== undefined && open.length === 0) return problem(at, 'not well-formed XML: an element after the root element');
    const attributes = new Map([...attributeText.matchAll(ATTRIBUTE)].map((a) => [a[1] ?? '', a[2] ?? a[3] ?? '']));
    const element: Element = { name: startName, attributes, at };
    root ??= element;
    seen.push(element);
    if (selfClosing === '') open.push(element);
  }
  const unclosed = open.pop();
  if (unclosed) return problem(unclosed.at, `not well-formed XML: <${unclosed.name}> is never closed`);
  if (root?.name !== 'style' || root.attributes.get('xmlns') !== CSL_NAMESPACE) {
    return problem(root?.at ?? 0, `not a CSL style: the root element must be <style xmlns="${CSL_NAMESPACE}">`);
  }
  const citation = seen.find((e) => e.name === 'citation');
  if (!citation) return problem(root.at, 'not a usable CSL style: it has no <citation> element');
  if (!seen.some((e) => e.name === 'layout' && e.at > citation.at)) return problem(citation.at, 'not a usable CSL style: <citation> has no <layout>');
  const macros = new Set(seen.filter((e) => e.name === 'macro').map((e) => e.attributes.get('name')));
  const caller = seen.find((e) => e.attributes.has('macro') && !macros.has(e.attributes.get('macro')));
  if (caller) return problem(caller.at, `not a usable CSL style: macro "${caller.attributes.get('macro') ?? ''}" is called but never defined`);
  const kind = root.attributes.get('class');
  if (kind !== 'note' && kind !== 'in-text') return problem(root.at, 'not a usable CSL style: <style> needs class="note" or class="in-text"');
  return { kind };
}
