// `--links-as-notes`: a printed page cannot be clicked, so each external link
// keeps its text and gains a footnote giving its URL, numbered in reading order.

export class LinkNotes {
  private readonly urls: string[] = [];

  /** The link's text followed by a reference to a new note holding its URL. */
  reference(text: string, url: string): string {
    this.urls.push(url);
    return `${text}[^link-${this.urls.length}]`;
  }

  /** The note definitions, to append after the article. */
  definitions(): string {
    return this.urls.map((url, i) => `[^link-${i + 1}]: <${url.replace(/>/gu, '%3E')}>`).join('\n\n');
  }
}
