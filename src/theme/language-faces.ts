// A document in a language some fallback faces are drawn for (`lang: ja` in
// the theme) tries those faces first: Chinese, Japanese and Korean share
// their ideographs' code points but not their forms, so a Japanese book set
// from a Chinese face prints 直, 骨 and 写 as a Chinese reader writes them.
import type { Theme } from './types.ts';

const derived = new WeakMap<Theme, Map<string, Theme>>();

/** `theme` with the fallback faces drawn for `lang`'s primary language moved to the front, or `theme` itself when none is. */
export function themeForLanguage(theme: Theme, lang: string): Theme {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  const { fallback, fallbackBold, fallbackLanguage } = theme.fonts;
  const first = fallbackLanguage.flatMap((tag, i) => (tag === primary ? [i] : []));
  if (first.length === 0) return theme;
  let known = derived.get(theme);
  if (known === undefined) derived.set(theme, (known = new Map()));
  const cached = known.get(primary);
  if (cached !== undefined) return cached;
  const order = [...first, ...fallback.map((_, i) => i).filter((i) => !first.includes(i))];
  const reordered: Theme = {
    ...theme,
    fonts: {
      ...theme.fonts,
      fallback: order.map((i) => fallback[i] as string),
      fallbackBold: order.map((i) => fallbackBold[i] ?? null),
      fallbackLanguage: order.map((i) => fallbackLanguage[i] ?? null),
    },
  };
  known.set(primary, reordered);
  return reordered;
}
