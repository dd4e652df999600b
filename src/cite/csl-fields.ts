// The CSL 1.0.2 data schema: item types and variables by kind, so a
// bibliography entry's every field can be checked before a CSL processor sees it.

export const ITEM_TYPES: readonly string[] = [
  'article', 'article-journal', 'article-magazine', 'article-newspaper', 'bill', 'book', 'broadcast', 'chapter',
  'classic', 'collection', 'dataset', 'document', 'entry', 'entry-dictionary', 'entry-encyclopedia', 'event',
  'figure', 'graphic', 'hearing', 'interview', 'legal_case', 'legislation', 'manuscript', 'map', 'motion_picture',
  'musical_score', 'pamphlet', 'paper-conference', 'patent', 'performance', 'periodical', 'personal_communication',
  'post', 'post-weblog', 'regulation', 'report', 'review', 'review-book', 'software', 'song', 'speech', 'standard',
  'thesis', 'treaty', 'webpage',
];

export const NAME_VARIABLES: readonly string[] = [
  'author', 'chair', 'collection-editor', 'compiler', 'composer', 'container-author', 'contributor', 'curator',
  'director', 'editor', 'editorial-director', 'editor-translator', 'executive-producer', 'guest', 'host',
  'illustrator', 'interviewer', 'narrator', 'organizer', 'original-author', 'performer', 'producer', 'recipient',
  'reviewed-author', 'script-writer', 'series-creator', 'translator',
];

export const DATE_VARIABLES: readonly string[] = [
  'accessed', 'available-date', 'event-date', 'issued', 'original-date', 'submitted',
];

/** Numbers or text (`page: 12-14`, `edition: 2`). */
export const NUMBER_VARIABLES: readonly string[] = [
  'chapter-number', 'citation-number', 'collection-number', 'edition', 'first-reference-note-number', 'issue',
  'locator', 'number', 'number-of-pages', 'number-of-volumes', 'page', 'page-first', 'part-number',
  'printing-number', 'section', 'supplement-number', 'version', 'volume',
];

export const TEXT_VARIABLES: readonly string[] = [
  'abstract', 'annote', 'archive', 'archive_collection', 'archive_location', 'archive-place', 'authority',
  'call-number', 'citation-key', 'citation-label', 'collection-title', 'container-title', 'container-title-short',
  'dimensions', 'division', 'DOI', 'event', 'event-title', 'event-place', 'genre', 'ISBN', 'ISSN', 'jurisdiction',
  'keyword', 'language', 'license', 'medium', 'note', 'original-publisher', 'original-publisher-place',
  'original-title', 'part-title', 'PMCID', 'PMID', 'publisher', 'publisher-place', 'references', 'reviewed-genre',
  'reviewed-title', 'scale', 'source', 'status', 'title', 'title-short', 'URL', 'volume-title', 'year-suffix',
  // Long-standing CSL-JSON aliases that processors still read.
  'journalAbbreviation', 'shortTitle',
];

/** A copy in a web archive: not a CSL variable; Galley prints it after the style's output. */
export const ARCHIVE_URL_FIELDS: readonly string[] = ['archive_url', 'archived_url', 'archive-url'];

export const NAME_PARTS: readonly string[] = [
  'family', 'given', 'dropping-particle', 'non-dropping-particle', 'suffix', 'literal',
];
export const NAME_FLAGS: readonly string[] = ['comma-suffix', 'static-ordering', 'parse-names'];

export const ALL_FIELDS: readonly string[] = [
  'id', 'type', 'categories', 'custom',
  ...NAME_VARIABLES, ...DATE_VARIABLES, ...NUMBER_VARIABLES, ...TEXT_VARIABLES, ...ARCHIVE_URL_FIELDS,
];
