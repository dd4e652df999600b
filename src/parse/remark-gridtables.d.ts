// Types for @adobe/remark-gridtables, which ships none: its one export, the
// remark plugin (the mdast nodes it makes are declared in grid-tables.ts).
declare module '@adobe/remark-gridtables' {
  import type { Processor } from 'unified';
  export default function remarkGridTables(this: Processor): undefined;
}
