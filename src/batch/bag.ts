// DIR as a BagIt bag (RFC 8493), what digital archives ingest: the payload in
// DIR/data, bagit.txt, manifest-sha256.txt listing every payload file,
// bag-info.txt (Payload-Oxum, Bagging-Date) and tagmanifest-sha256.txt. The
// Bagging-Date comes from SOURCE_DATE_EPOCH when set, so a bag is reproducible.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { writeFileAtomic } from '../util/atomic-write.mjs';

export const BAG_DECLARATION = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';
export const TAG_FILES = ['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt'] as const;

/** Files under `dir`, as paths relative to it with forward slashes, sorted. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split(sep).join('/'))
    .sort();
}

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** RFC 8493 §2.1.3: CR, LF and % in a manifest's file names are percent-encoded. */
export function encodeBagPath(path: string): string {
  return path.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

export function baggingDate(epoch: string | undefined, now: Date): string {
  const date = epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  return date.toISOString().slice(0, 10);
}

/** Makes `bagDir` (whose payload is already in bagDir/data) a complete bag; returns its path. */
export async function writeBag(bagDir: string): Promise<string> {
  const payload = filesIn(join(bagDir, 'data'));
  let octets = 0;
  const manifest = payload.map((name) => {
    const file = join(bagDir, 'data', name);
    octets += statSync(file).size;
    return `${sha256File(file)}  ${encodeBagPath(`data/${name}`)}\n`;
  });
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  writeFileAtomic(join(bagDir, 'bagit.txt'), BAG_DECLARATION);
  writeFileAtomic(join(bagDir, 'manifest-sha256.txt'), manifest.join(''));
  writeFileAtomic(
    join(bagDir, 'bag-info.txt'),
    `Bag-Software-Agent: Galley ${version}\nBagging-Date: ${baggingDate(process.env.SOURCE_DATE_EPOCH, new Date())}\nPayload-Oxum: ${octets}.${payload.length}\n`,
  );
  const tags = TAG_FILES.map((name) => `${sha256File(join(bagDir, name))}  ${name}\n`);
  writeFileAtomic(join(bagDir, 'tagmanifest-sha256.txt'), tags.join(''));
  return relative(process.cwd(), bagDir) || bagDir;
}
