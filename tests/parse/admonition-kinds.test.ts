// Admonition types by the callout that says the same: Docusaurus's few, and
// Material for MkDocs's many, as written (in lower case).
import { describe, expect, it } from 'vitest';
import { admonitionKind, MATERIAL_ADMONITIONS, SITE_ADMONITIONS } from '../../src/parse/admonition-kinds.ts';

describe('admonition kinds', () => {
  it('map Docusaurus’s info and danger, and GitHub’s five by name', () => {
    expect(['note', 'info', 'tip', 'important', 'warning', 'caution', 'danger'].map((t) => admonitionKind(SITE_ADMONITIONS, t))).toEqual(['note', 'note', 'tip', 'important', 'warning', 'caution', 'caution']);
    expect(admonitionKind(SITE_ADMONITIONS, 'example')).toBeUndefined();
  });

  it('map Material’s types by colour, and nothing else', () => {
    const kinds = Object.fromEntries(['abstract', 'tldr', 'todo', 'seealso', 'quote', 'hint', 'success', 'done', 'faq', 'important', 'caution', 'attention', 'missing', 'bug', 'danger', 'error'].map((t) => [t, admonitionKind(MATERIAL_ADMONITIONS, t)]));
    expect(kinds).toEqual({ abstract: 'note', tldr: 'note', todo: 'note', seealso: 'note', quote: 'note', hint: 'tip', success: 'tip', done: 'tip', faq: 'important', important: 'important', caution: 'warning', attention: 'warning', missing: 'warning', bug: 'warning', danger: 'caution', error: 'caution' });
    expect(admonitionKind(MATERIAL_ADMONITIONS, 'Note')).toBeUndefined();
    expect(admonitionKind(MATERIAL_ADMONITIONS, 'constructor')).toBeUndefined();
  });
});
