// Documents with formulas for the layout tests: parsed from Markdown, then
// rendered by the math pass (prepare-math.ts), as a build does.
import type { Document } from '../../src/document.ts';
import { prepareMath } from '../../src/prepare-math.ts';
import { documentOf, parse, withTitle } from './parse.ts';

export async function mathDocument(body: string): Promise<Document> {
  return (await prepareMath(documentOf(parse(withTitle(body))))).document;
}
