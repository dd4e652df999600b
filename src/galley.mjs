#!/usr/bin/env node
// Runs Galley's TypeScript sources from a bundle compiled once and recompiled
// whenever a source changes (see compile.mjs): no build step, no transpiling
// on every run.
import { setFlagsFromString } from 'node:v8';
import { compiledCli } from './compile.mjs';

// A build is a short batch job. V8's default tiering had its optimizing compiler
// take over a third of the CPU time of a 100-page build, mostly on functions that
// run only briefly; a 15× larger budget keeps that compiler for the code that runs
// long. (40× article, PDF + EPUB: 2.19 s → 1.88 s; the article: 0.79 s → 0.73 s.)
// Only V8 11 (Node 20) has that budget: V8 12 and later (Node 22, 24) count
// invocations instead and print "Error: unrecognized flag" for it on every run.
const v8Major = Number(process.versions.v8.split('.')[0]);
if (v8Major < 12 && ![...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((flag) => flag.includes('interrupt-budget'))) {
  setFlagsFromString('--interrupt-budget=1000000');
}

const { url, workerUrl, build } = await compiledCli();
// Cached results are keyed by the version of Galley that made them (see cache.ts).
globalThis[Symbol.for('galley.build')] = build;
// Batch, watch and queue start worker threads from the bundled worker entry (see batch/pool.ts).
globalThis[Symbol.for('galley.worker')] = workerUrl;
const { main } = await import(url);
process.exitCode = await main(process.argv.slice(2));
