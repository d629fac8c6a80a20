/**
 * Finds open-gram's model files: Debian's sunpinyin-data installed on this machine, else the
 * package fetched with `apt-get download` and unpacked with `dpkg-deb -x` (no root needed) into
 * node_modules/.cache/open-gram, so `npm run build:lm` works on a clean Debian machine.
 * OPEN_GRAM_DOWNLOAD=1 takes the second way even when the package is installed (to test it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenGramFiles } from './read-open-gram';

const PACKAGE = 'sunpinyin-data';
const CACHE = fileURLToPath(new URL('../../node_modules/.cache/open-gram/', import.meta.url));

/**
 * The credit every file distilled from open-gram carries in its NOTICE (lm.bin, topic.bin): where the
 * data comes from, its authors and its licence, CC BY-SA 3.0, whose share-alike term the files inherit.
 */
export const openGramCredit = (version: string): string => `- open-gram, the statistical language model data of the SunPinyin input method, as packaged
  by Debian (sunpinyin-data ${version}), https://sourceforge.net/projects/open-gram/files/
  Upstream authors: Kefu Chai, Yong Sun, Wei Xue, Mike Qin.
  Copyright (c) 1997-2010 MDBG; (c) 2010 Kov Chai, virus huo, Tinyfool.
  Licensed under the Creative Commons Attribution-ShareAlike 3.0 Unported License,
  https://creativecommons.org/licenses/by-sa/3.0/`;

export interface OpenGramSource extends OpenGramFiles {
  /** The Debian package version the files come from. */
  version: string;
}

/** lm_sc.t3g and pydict_sc.bin under `root`/usr/lib/<multiarch>/sunpinyin/data, if present. */
function filesUnder(root: string): OpenGramFiles | null {
  const lib = join(root, 'usr/lib');
  if (!existsSync(lib)) return null;
  for (const dir of [lib, ...readdirSync(lib).map((arch) => join(lib, arch))]) {
    const data = join(dir, 'sunpinyin/data');
    const files = { model: join(data, 'lm_sc.t3g'), lexicon: join(data, 'pydict_sc.bin') };
    if (existsSync(files.model) && existsSync(files.lexicon)) return files;
  }
  return null;
}

function installedVersion(): string {
  return execFileSync('dpkg-query', ['-W', '-f=${Version}', PACKAGE], { encoding: 'utf8' }).trim();
}

/** `apt-get download`; on a machine whose package lists were never fetched, as root, fetch them first. */
function download(): void {
  const fetchDeb = () => execFileSync('apt-get', ['download', PACKAGE], { cwd: CACHE, stdio: 'inherit' });
  try {
    fetchDeb();
  } catch (error) {
    if (process.getuid?.() !== 0) throw new Error(`apt-get download ${PACKAGE} failed; run 'apt-get update' (as root) and try again`, { cause: error });
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    fetchDeb();
  }
}

export function findOpenGram(log: (line: string) => void = console.log): OpenGramSource {
  const installed = process.env.OPEN_GRAM_DOWNLOAD === '1' ? null : filesUnder('/');
  if (installed) return { ...installed, version: installedVersion() };

  const unpacked = join(CACHE, 'root');
  let cached = filesUnder(unpacked);
  if (!cached) {
    log(`${PACKAGE} is not installed: fetching it with apt-get download into ${CACHE}`);
    mkdirSync(CACHE, { recursive: true });
    download();
    const deb = readdirSync(CACHE).find((name) => name.startsWith(`${PACKAGE}_`) && name.endsWith('.deb'));
    if (!deb) throw new Error(`apt-get download ${PACKAGE} left no .deb in ${CACHE}`);
    execFileSync('dpkg-deb', ['-x', join(CACHE, deb), unpacked]);
    cached = filesUnder(unpacked);
    if (!cached) throw new Error(`${deb} holds no lm_sc.t3g / pydict_sc.bin`);
  }
  const deb = readdirSync(CACHE).find((name) => name.startsWith(`${PACKAGE}_`)) ?? '';
  const version = execFileSync('dpkg-deb', ['-f', join(CACHE, deb), 'Version'], { encoding: 'utf8' }).trim();
  return { ...cached, version };
}
