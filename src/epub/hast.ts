// A minimal hyperscript for the hast trees the handlers build: enough to keep
// the handlers readable without another dependency.
import type { Element, ElementContent, Properties, Text } from 'hast';

export type { Element, ElementContent, Properties };

export function h(tagName: string, properties: Properties = {}, children: readonly ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children: [...children] };
}

export function text(value: string): Text {
  return { type: 'text', value };
}
