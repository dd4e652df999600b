#!/usr/bin/env node
// Runs Galley's TypeScript sources from a bundle compiled once and recompiled
// whenever a source changes (see compile.mjs): no build step, no transpiling
// on every run.
import { compiledCli } from './compile.mjs';

const { main } = await import(await compiledCli());
process.exitCode = await main(process.argv.slice(2));
