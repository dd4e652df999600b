#!/usr/bin/env node
// Runs the TypeScript sources directly (no compile step) through tsx's loader.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv.slice(2));
