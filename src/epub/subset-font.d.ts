// subset-font ships no types; this is the one call Galley makes.
declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options: { readonly targetFormat: 'truetype' | 'sfnt' | 'woff' | 'woff2' },
  ): Promise<Buffer>;
}
