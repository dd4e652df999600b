// An image's description as Markdown wrote it. mdast keeps only its plain
// text (`alt`), which loses what has no text of its own, a citation
// (`![after @roe2021](f.png)` gave "after ."), and any emphasis, code or math.
// Pandoc captions a figure with those inlines: they are kept here, on the
// image, when the description holds more than text.
import type { Image, ImageReference, Nodes, PhrasingContent } from 'mdast';
import type { CompileContext, Extension } from 'mdast-util-from-markdown';
import type { Processor } from 'unified';

declare module 'mdast' {
  interface ImageData {
    /** The description's inlines, when it holds more than text. */
    altChildren?: PhrasingContent[];
  }
  interface ImageReferenceData {
    altChildren?: PhrasingContent[];
  }
}

/** The description's inlines as written, or undefined when its plain text (`alt`) says it all. */
export function altChildren(node: Image | ImageReference): PhrasingContent[] | undefined {
  return node.data?.altChildren;
}

// mdast-util-from-markdown's own handler for a link's or image's label, with the image's inlines kept.
const fromMarkdown: Extension = {
  exit: {
    label(this: CompileContext): undefined {
      const fragment = this.stack[this.stack.length - 1] as Nodes & { children: PhrasingContent[] };
      const children = fragment.children;
      const value = this.resume();
      const node = this.stack[this.stack.length - 1] as Nodes;
      // As the library's handler: what follows the label is read as a reference until shown otherwise.
      this.data.inReference = true;
      if (node.type === 'link') node.children = children;
      else if (node.type === 'image' || node.type === 'imageReference') {
        node.alt = value;
        if (children.some((child) => child.type !== 'text')) node.data = { ...node.data, altChildren: children };
      }
    },
  },
};

export function remarkImageAlt(this: Processor): undefined {
  (this.data().fromMarkdownExtensions ??= []).push(fromMarkdown);
}
