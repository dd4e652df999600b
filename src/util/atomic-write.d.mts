// Types for atomic-write.mjs (plain JS so that src/compile.mjs can use it too).
export declare function writeFileAtomic(target: string, bytes: Uint8Array | string): void;
