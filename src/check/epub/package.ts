// EPUB 3 package rules, read back from the finished file: the OCF container,
// the package document, well-formed XML throughout, and every internal link
// (note references above all) landing on something that exists.
import { posix } from 'node:path';
import type { CheckResult } from '../types.ts';
import { result } from '../types.ts';
import { elements, parseXml } from '../xml.ts';
import type { XmlDocument, XmlElement } from '../xml.ts';
import { ZipError, ZipFile } from './zip.ts';

const OPS = 'http://www.idpf.org/2007/ops';
const XML_FILE = /\.(xhtml|html|htm|xml|opf|ncx|svg|smil)$/iu;
const NOTE_TYPES = new Set(['footnote', 'endnote', 'note', 'rearnote']);
const NOTE_ROLES = new Set(['doc-footnote', 'doc-endnote']);

interface PackageDoc {
  readonly path: string;
  readonly doc: XmlDocument;
  /** Folder the manifest's hrefs are relative to ('' or ending in /). */
  readonly base: string;
}

const tokens = (value: string | null): string[] => (value ?? '').split(/\s+/u).filter((t) => t !== '');

/** An element's epub:type tokens, by namespace or by its prefixed name. */
function epubTypes(el: XmlElement): string[] {
  return tokens(el.getAttributeNS(OPS, 'type') ?? el.getAttribute('epub:type'));
}

/** Resolves an href from a document in the container to a zip path and a fragment; null for external links. */
function resolveHref(from: string, href: string): { path: string; fragment: string | null } | null {
  if (/^[a-z][a-z0-9+.-]*:/iu.test(href)) return null;
  const [rawPath = '', fragment] = href.split('#', 2);
  const path = rawPath.split('?')[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    decoded = path;
  }
  const target = decoded === '' ? from : posix.normalize(posix.join(posix.dirname(from), decoded));
  return { path: target, fragment: fragment === undefined || fragment === '' ? null : decodeURIComponent(fragment) };
}

export function checkEpub(bytes: Buffer): CheckResult[] {
  let zip: ZipFile;
  try {
    zip = new ZipFile(bytes);
  } catch (error) {
    const message = error instanceof ZipError ? error.message : String(error);
    return [result('epub.container', 'OCF container', 'fail', `cannot read the ZIP container: ${message}`)];
  }
  const container = checkContainer(zip);
  const { check: packageCheck, pkg } = checkPackage(zip, container.rootfile);
  const parsed = parseAll(zip);
  const checks = [container.check, packageCheck, parsed.check];
  if (pkg !== null) checks.push(checkLinks(zip, pkg, parsed.docs));
  return checks;
}

function checkContainer(zip: ZipFile): { check: CheckResult; rootfile: string | null } {
  const title = 'OCF container';
  const problems: string[] = [];
  const first = zip.entries[0];
  if (first?.name !== 'mimetype') problems.push(`the first entry is ${first?.name ?? 'missing'}, not mimetype`);
  else {
    if (first.method !== 0) problems.push('mimetype is compressed (it must be stored)');
    if (first.extraFieldLength !== 0) problems.push('mimetype has an extra field in its local header');
    if (zip.text('mimetype') !== 'application/epub+zip') problems.push('mimetype does not read exactly "application/epub+zip"');
  }
  let rootfile: string | null = null;
  const containerXml = zip.text('META-INF/container.xml');
  if (containerXml === null) problems.push('no META-INF/container.xml');
  else {
    const parsed = parseXml(containerXml);
    if (!parsed.ok) problems.push(`META-INF/container.xml is not well-formed: ${parsed.error}`);
    else {
      const root = elements(parsed.doc, 'rootfile').find((r) => r.getAttribute('media-type') === 'application/oebps-package+xml');
      rootfile = root?.getAttribute('full-path') ?? null;
      if (rootfile === null) problems.push('container.xml names no package document');
      else if (!zip.has(rootfile)) problems.push(`container.xml names ${rootfile}, which is not in the file`);
    }
  }
  const check =
    problems.length > 0
      ? result('epub.container', title, 'fail', `${problems.length} problem(s)`, problems)
      : result('epub.container', title, 'pass', `mimetype stored first; package document ${rootfile ?? ''}`);
  return { check, rootfile: rootfile !== null && zip.has(rootfile) ? rootfile : null };
}

function checkPackage(zip: ZipFile, rootfile: string | null): { check: CheckResult; pkg: PackageDoc | null } {
  const title = 'Package document';
  if (rootfile === null) return { check: result('epub.package', title, 'skip', 'no package document to read'), pkg: null };
  const parsed = parseXml(zip.text(rootfile) ?? '');
  if (!parsed.ok) return { check: result('epub.package', title, 'fail', `${rootfile} is not well-formed: ${parsed.error}`), pkg: null };
  const doc = parsed.doc;
  const pkg: PackageDoc = { path: rootfile, doc, base: rootfile.includes('/') ? rootfile.slice(0, rootfile.lastIndexOf('/') + 1) : '' };
  const problems: string[] = [];
  const warnings: string[] = [];
  const root = doc.documentElement;
  if (root?.getAttribute('version') !== '3.0') problems.push(`package version is ${root?.getAttribute('version') ?? 'missing'}, not 3.0`);
  const uid = root?.getAttribute('unique-identifier') ?? '';
  const identifier = elements(doc, 'dc:identifier').find((el) => el.getAttribute('id') === uid);
  if (identifier === undefined || (identifier.textContent ?? '').trim() === '') problems.push(`unique-identifier "${uid}" names no non-empty dc:identifier`);
  for (const name of ['dc:title', 'dc:language']) {
    if (!elements(doc, name).some((el) => (el.textContent ?? '').trim() !== '')) problems.push(`no ${name}`);
  }
  const modified = elements(doc, 'meta').find((m) => m.getAttribute('property') === 'dcterms:modified');
  if (modified === undefined) problems.push('no dcterms:modified');
  else if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/u.test((modified.textContent ?? '').trim())) problems.push(`dcterms:modified "${modified.textContent ?? ''}" is not CCYY-MM-DDThh:mm:ssZ`);

  const items = elements(doc, 'item');
  const ids = new Set<string>();
  const listed = new Set<string>();
  for (const item of items) {
    const id = item.getAttribute('id') ?? '';
    if (ids.has(id)) problems.push(`manifest id "${id}" is used twice`);
    ids.add(id);
    const href = item.getAttribute('href') ?? '';
    const target = resolveHref(rootfile, href);
    if (target === null) continue;
    listed.add(target.path);
    if (!zip.has(target.path)) problems.push(`manifest item ${id} (${href}) is not in the file`);
  }
  const navs = items.filter((item) => tokens(item.getAttribute('properties')).includes('nav'));
  if (navs.length !== 1) problems.push(`${navs.length} navigation documents (properties="nav"); there must be one`);
  const spine = elements(doc, 'itemref');
  if (spine.length === 0) problems.push('the spine is empty');
  for (const ref of spine) if (!ids.has(ref.getAttribute('idref') ?? '')) problems.push(`spine itemref "${ref.getAttribute('idref') ?? ''}" names no manifest item`);
  for (const entry of zip.entries) {
    const name = entry.name;
    if (name.endsWith('/') || name === 'mimetype' || name.startsWith('META-INF/') || name === rootfile || listed.has(name)) continue;
    warnings.push(`${name} is in the file but not in the manifest`);
  }
  const summary = `EPUB ${root?.getAttribute('version') ?? '?'}, ${items.length} manifest items, ${spine.length} in the spine`;
  const check =
    problems.length > 0
      ? result('epub.package', title, 'fail', `${problems.length} problem(s)`, [...problems, ...warnings])
      : result('epub.package', title, warnings.length > 0 ? 'warn' : 'pass', summary, warnings);
  return { check, pkg };
}

function parseAll(zip: ZipFile): { check: CheckResult; docs: Map<string, XmlDocument> } {
  const docs = new Map<string, XmlDocument>();
  const problems: string[] = [];
  for (const entry of zip.entries) {
    if (!XML_FILE.test(entry.name)) continue;
    const parsed = parseXml(zip.text(entry.name) ?? '', /\.(xhtml|html|htm)$/iu.test(entry.name) ? 'application/xhtml+xml' : 'text/xml');
    if (parsed.ok) docs.set(entry.name, parsed.doc);
    else problems.push(`${entry.name}: ${parsed.error}`);
  }
  const title = 'Well-formed XML';
  const check =
    problems.length > 0
      ? result('epub.xml', title, 'fail', `${problems.length} file(s) not well-formed`, problems)
      : result('epub.xml', title, 'pass', `${docs.size} XML files, all well-formed`);
  return { check, docs };
}

const LINK_ATTRIBUTES: readonly [string, string][] = [
  ['a', 'href'],
  ['area', 'href'],
  ['link', 'href'],
  ['img', 'src'],
  ['image', 'href'],
  ['source', 'src'],
  ['audio', 'src'],
  ['video', 'src'],
  ['iframe', 'src'],
];

function checkLinks(zip: ZipFile, pkg: PackageDoc, docs: ReadonlyMap<string, XmlDocument>): CheckResult {
  const title = 'Internal links and note references';
  const problems: string[] = [];
  const idsOf = new Map<string, Map<string, XmlElement>>();
  const idIndex = (path: string): Map<string, XmlElement> | undefined => {
    const doc = docs.get(path);
    if (doc === undefined) return undefined;
    let index = idsOf.get(path);
    if (index === undefined) {
      index = new Map(elements(doc, '*').flatMap((el) => (el.getAttribute('id') !== null ? [[el.getAttribute('id') ?? '', el] as const] : [])));
      idsOf.set(path, index);
    }
    return index;
  };
  const contentDocs = elements(pkg.doc, 'item')
    .filter((item) => item.getAttribute('media-type') === 'application/xhtml+xml')
    .flatMap((item) => resolveHref(pkg.path, item.getAttribute('href') ?? '')?.path ?? []);
  let links = 0;
  let noterefs = 0;
  for (const path of contentDocs) {
    const doc = docs.get(path);
    if (doc === undefined) continue;
    for (const [tag, attribute] of LINK_ATTRIBUTES) {
      for (const el of elements(doc, tag)) {
        const href = el.getAttribute(attribute) ?? el.getAttribute(`xlink:${attribute}`);
        if (href === null || href === '') continue;
        const target = resolveHref(path, href);
        if (target === null) continue;
        links++;
        const isNoteref = epubTypes(el).includes('noteref') || tokens(el.getAttribute('role')).includes('doc-noteref');
        if (isNoteref) noterefs++;
        if (!zip.has(target.path)) {
          problems.push(`${path}: <${tag} ${attribute}="${href}"> points at ${target.path}, which is not in the file`);
          continue;
        }
        if (target.fragment === null) continue;
        const found = idIndex(target.path)?.get(target.fragment);
        if (found === undefined) {
          problems.push(`${path}: ${isNoteref ? 'note reference' : 'link'} "${href}" points at no element with id "${target.fragment}"`);
        } else if (isNoteref && !epubTypes(found).some((t) => NOTE_TYPES.has(t)) && !tokens(found.getAttribute('role')).some((r) => NOTE_ROLES.has(r))) {
          problems.push(`${path}: note reference "${href}" points at an element that is not a note (no epub:type footnote or role doc-footnote)`);
        }
      }
    }
  }
  if (problems.length > 0) return result('epub.links', title, 'fail', `${problems.length} broken link(s)`, problems);
  return result('epub.links', title, 'pass', `${links} internal link(s) in ${contentDocs.length} documents resolve, ${noterefs} note reference(s) land on notes`);
}
