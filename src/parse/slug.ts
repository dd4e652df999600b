// Heading ids: GitHub-style slugs, narrowed to ASCII so each is a valid XML id
// and PDF destination name.

export class Slugger {
  private readonly taken = new Set<string>();

  /** A slug for `text`, unique among the slugs this slugger has given out. */
  slug(text: string): string {
    const base = slugify(text);
    let slug = base;
    for (let n = 1; this.taken.has(slug); n++) slug = `${base}-${n}`;
    this.taken.add(slug);
    return slug;
  }
}

function slugify(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .trim()
    .replace(/ /g, '-');
  if (ascii === '') return 'section';
  // An XML id starts with a letter.
  return /^[a-z]/.test(ascii) ? ascii : `h-${ascii}`;
}
