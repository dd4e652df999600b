// Types for atomic-write.mjs (plain JS so that src/compile.mjs can use it too).
export declare function writeFileAtomic(target: string, bytes: Uint8Array | string): void;
export interface StagedFile {
  commit(): void;
  discard(): void;
}
export declare function stageFile(target: string, bytes: Uint8Array | string): StagedFile;
