// The typed, frozen theme: loaded once from templates/<theme>/theme.yaml.
// Lengths are in PDF points (1/72 in) after loading; the YAML may use pt, in, mm.

export interface FontFaces {
  /** Paths resolved to absolute .ttf/.otf files. */
  readonly regular: string;
  readonly italic: string;
  readonly bold: string;
  readonly boldItalic: string;
}

export interface TextStyle {
  readonly size: number;
  /** Baseline-to-baseline distance. */
  readonly leading: number;
}

export interface Theme {
  /** Folder the theme was loaded from (templates/default, or a user's folder). */
  readonly dir: string;
  readonly name: string;
  readonly page: {
    readonly width: number;
    readonly height: number;
    readonly twoSided: boolean;
  };
  readonly margins: {
    readonly top: number;
    readonly bottom: number;
    /** Inside margin on two-sided pages; left otherwise. */
    readonly inner: number;
    /** Outside margin on two-sided pages; right otherwise. */
    readonly outer: number;
  };
  readonly fonts: {
    readonly body: FontFaces;
    readonly mono: FontFaces;
  };
  readonly body: TextStyle & {
    readonly paragraphIndent: number;
    readonly paragraphSpacing: number;
  };
  readonly title: TextStyle;
  readonly subtitle: TextStyle;
  readonly byline: TextStyle;
  readonly headings: readonly (TextStyle & { readonly spaceBefore: number; readonly spaceAfter: number })[];
  readonly code: TextStyle;
  readonly notes: TextStyle & {
    /** Gap between the text block and the separator rule. */
    readonly separatorSpace: number;
    readonly separatorWidth: number;
    readonly separatorThickness: number;
    /** Space between consecutive notes. */
    readonly spacing: number;
    /** Width reserved for the note number. */
    readonly numberWidth: number;
  };
  readonly running: {
    /** 'title' | 'section' | 'none' */
    readonly head: 'title' | 'section' | 'none';
    readonly folio: 'foot-center' | 'foot-outer' | 'head-outer' | 'none';
    readonly size: number;
  };
  readonly colors: {
    readonly text: string;
    readonly link: string;
    readonly rule: string;
  };
  readonly hyphenation: {
    readonly enabled: boolean;
    readonly leftMin: number;
    readonly rightMin: number;
    readonly maxConsecutive: number;
  };
}
