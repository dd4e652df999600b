// What the language guesses leave out: code, and front matter.
import { describe, expect, it } from 'vitest';
import { FRONT_MATTER, withoutCode } from '../../src/parse/prose-text.ts';

describe('proseText', () => {
  it('leaves out fenced code and code spans, and keeps the rest', () => {
    const manuscript = 'Die `du -sh` Größe.\n\n```sh\n# Größe zählen\ndu -sh *\n```\n\nEnde.\n';
    expect(withoutCode(manuscript)).toBe('Die  Größe.\n\n\n\nEnde.\n');
  });

  it('finds front matter only at the start, closed by --- or ...', () => {
    expect(FRONT_MATTER.exec('---\ntitle: T\n---\nText')?.[0]).toBe('---\ntitle: T\n---\n');
    expect(FRONT_MATTER.exec('Text\n---\ntitle: T\n---\n')).toBeNull();
  });
});
