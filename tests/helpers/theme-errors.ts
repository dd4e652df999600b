// The diagnostics a rejected theme load fails with, for the theme tests.
import { UserError } from '../../src/diagnostics.ts';

/** The diagnostics a theme load fails with, formatted; throws if the load succeeds. */
export function errorsOf(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    if (error instanceof UserError) return error.message.split('\n');
    throw error;
  }
  throw new Error('expected the theme to be rejected');
}
