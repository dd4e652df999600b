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

  /** Takes `id` as written (`{#id}`), if it is a valid XML id no one has yet; otherwise says why not. */
  claim(id: string): { id: string } | { reason: string } {
    if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(id)) return { reason: 'it is not a valid id (ASCII letters, digits, "_", "-" and ".", starting with a letter)' };
    if (this.taken.has(id)) return { reason: 'an earlier heading has that id' };
    this.taken.add(id);
    return { id };
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
