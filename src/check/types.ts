// What `galley check` reports: for each file, each check with its outcome.

/** pass: met; fail: broken (the command exits non-zero); warn: worth knowing; skip: could not be checked. */
export type CheckStatus = 'pass' | 'fail' | 'warn' | 'skip';

export interface CheckResult {
  /** Stable identifier, e.g. `pdf.fonts`, for --json readers. */
  readonly id: string;
  readonly title: string;
  readonly status: CheckStatus;
  readonly message: string;
  /** The problems one by one, when there are several. */
  readonly details?: readonly string[];
}

export type FileKind = 'pdf' | 'epub' | 'checksums' | 'bag' | 'other';

export interface FileReport {
  readonly path: string;
  readonly kind: FileKind;
  readonly checks: readonly CheckResult[];
}

export interface CheckReport {
  readonly files: readonly FileReport[];
  /** No check failed. */
  readonly ok: boolean;
}

export function result(id: string, title: string, status: CheckStatus, message: string, details: readonly string[] = []): CheckResult {
  return details.length > 0 ? { id, title, status, message, details } : { id, title, status, message };
}
