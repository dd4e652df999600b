// `galley check` on a BagIt bag (a folder with bagit.txt; RFC 8493): the
// declaration, every payload file listed and present with its SHA-256, no
// unlisted payload, Payload-Oxum, and the tag manifest.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { encodeBagPath, filesIn, sha256File } from '../batch/bag.ts';
import { type CheckResult, result } from './types.ts';

const LINE = /^([0-9a-f]{64}) +(.+)$/u;

function decode(path: string): string {
  return path.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%');
}

function manifestProblems(bag: string, name: string): { problems: string[]; listed: Set<string> } {
  const problems: string[] = [];
  const listed = new Set<string>();
  const file = join(bag, name);
  if (!existsSync(file)) return { problems: [`${name} is missing`], listed };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const match = LINE.exec(line);
    if (match?.[1] === undefined || match[2] === undefined) {
      problems.push(`${name}: not "<sha256>  <path>": ${line}`);
      continue;
    }
    const path = decode(match[2]);
    listed.add(path);
    if (!existsSync(join(bag, path))) problems.push(`${path}: listed in ${name} but missing`);
    else if (sha256File(join(bag, path)) !== match[1]) problems.push(`${path}: SHA-256 differs from ${name}`);
  }
  return { problems, listed };
}

export function isBag(path: string): boolean {
  try {
    return statSync(path).isDirectory() && existsSync(join(path, 'bagit.txt'));
  } catch {
    return false;
  }
}

export function checkBag(bag: string): CheckResult[] {
  const checks: CheckResult[] = [];
  const declaration = readFileSync(join(bag, 'bagit.txt'), 'utf8');
  checks.push(
    /^BagIt-Version: \d+\.\d+\r?\nTag-File-Character-Encoding: UTF-8\r?\n?$/u.test(declaration)
      ? result('bag.declaration', 'BagIt declaration', 'pass', declaration.split(/\r?\n/u)[0] ?? '')
      : result('bag.declaration', 'BagIt declaration', 'fail', 'bagit.txt is not "BagIt-Version: M.N" and "Tag-File-Character-Encoding: UTF-8"'),
  );
  const payload = existsSync(join(bag, 'data')) ? filesIn(join(bag, 'data')).map((name) => `data/${name}`) : [];
  const { problems, listed } = manifestProblems(bag, 'manifest-sha256.txt');
  for (const path of payload) if (!listed.has(path)) problems.push(`${encodeBagPath(path)}: in the payload but not in manifest-sha256.txt`);
  checks.push(
    problems.length === 0
      ? result('bag.payload', 'Payload', 'pass', `${payload.length} file(s), every SHA-256 matches`)
      : result('bag.payload', 'Payload', 'fail', `${problems.length} problem(s)`, problems),
  );
  const info = existsSync(join(bag, 'bag-info.txt')) ? readFileSync(join(bag, 'bag-info.txt'), 'utf8') : '';
  const oxum = /^Payload-Oxum: *(\d+)\.(\d+)\s*$/mu.exec(info);
  if (oxum === null) {
    checks.push(result('bag.oxum', 'Payload-Oxum', 'warn', 'bag-info.txt gives no Payload-Oxum'));
  } else {
    const octets = payload.reduce((sum, path) => sum + statSync(join(bag, path)).size, 0);
    const expected = `${octets}.${payload.length}`;
    checks.push(
      expected === `${oxum[1]}.${oxum[2]}`
        ? result('bag.oxum', 'Payload-Oxum', 'pass', expected)
        : result('bag.oxum', 'Payload-Oxum', 'fail', `bag-info.txt says ${oxum[1]}.${oxum[2]}, the payload is ${expected}`),
    );
  }
  if (existsSync(join(bag, 'tagmanifest-sha256.txt'))) {
    const tags = manifestProblems(bag, 'tagmanifest-sha256.txt');
    checks.push(
      tags.problems.length === 0
        ? result('bag.tags', 'Tag manifest', 'pass', `${tags.listed.size} tag file(s), every SHA-256 matches`)
        : result('bag.tags', 'Tag manifest', 'fail', `${tags.problems.length} problem(s)`, tags.problems),
    );
  }
  return checks;
}
