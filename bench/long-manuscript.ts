// The benchmark's long manuscript: the article's body repeated, each copy under
// its own heading with its own note labels, so every note stays distinct.
const FRONT_MATTER = /^---\n[\s\S]*?\n---\n/;

export function repeatManuscript(markdown: string, times: number): string {
  const frontMatter = FRONT_MATTER.exec(markdown)?.[0] ?? '';
  const body = markdown.slice(frontMatter.length);
  const copies: string[] = [];
  for (let i = 1; i <= times; i++) {
    copies.push(`## Part ${i}\n\n${body.replace(/\[\^([^\]\s]+)\]/g, `[^$1-${i}]`)}`);
  }
  return `${frontMatter}\n${copies.join('\n\n')}`;
}
