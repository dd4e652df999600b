#!/usr/bin/env node
// Runs Galley's TypeScript sources from a bundle compiled once and recompiled
// whenever a source changes (see compile.mjs): no build step, no transpiling
// on every run.
import { compiledCli } from './compile.mjs';

const { url, build } = await compiledCli();
// Cached results are keyed by the version of Galley that made them (see cache.ts).
globalThis[Symbol.for('galley.build')] = build;
const { main } = await import(url);
process.exitCode = await main(process.argv.slice(2));
