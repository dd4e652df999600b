// Types for turndown-plugin-gfm, which ships none: the one export Galley uses.
declare module 'turndown-plugin-gfm' {
  import type TurndownService from 'turndown';
  export const gfm: TurndownService.Plugin;
}
