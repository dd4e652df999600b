// Every image the book shows gets a fixed name in order of first use
// (images/image-1.jpg, …), never a random one: the EPUB stays reproducible.
import type { ImageRef } from '../document.ts';

export interface PackagedImage {
  /** Manifest id and file stem. */
  readonly id: string;
  /** Path inside OEBPS, as content documents reference it. */
  readonly href: string;
  readonly extension: string;
  readonly mediaType: ImageRef['mediaType'];
  /** Absolute path of the source file. */
  readonly path: string;
}

// SVG and PDF figures arrive as PNG (prepare-images.ts); their own extensions only name them.
const EXTENSIONS: Record<ImageRef['mediaType'], string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/svg+xml': 'svg', 'application/pdf': 'pdf' };

/** The folder epub-gen-memory writes images to. */
export const IMAGES_FOLDER = 'images';

export class ImageRegistry {
  private readonly byPath = new Map<string, PackagedImage>();

  /** The `src` of an image in a content document; registers the image on first use. */
  src(image: ImageRef): string {
    let packaged = this.byPath.get(image.path);
    if (packaged === undefined) {
      const id = `image-${this.byPath.size + 1}`;
      const extension = EXTENSIONS[image.mediaType];
      packaged = { id, extension, href: `${IMAGES_FOLDER}/${id}.${extension}`, mediaType: image.mediaType, path: image.path };
      this.byPath.set(image.path, packaged);
    }
    return packaged.href;
  }

  get all(): readonly PackagedImage[] {
    return [...this.byPath.values()];
  }
}
