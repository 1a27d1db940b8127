import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Creates a directory and its missing parents, one level at a time. Not `mkdirSync(…, {recursive})`:
 * on Node 20 that never returns for a path under /proc or similar (`/proc/x`), where this fails at
 * once with the system's reason. Throws an Error naming the path; returns the absolute path.
 */
export function ensureDir(path: string): string {
  const target = resolve(path);
  const missing: string[] = [];
  let current = target;
  for (;;) {
    let isDir: boolean | null = null;
    try {
      isDir = statSync(current).isDirectory();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new Error(`cannot use ${current}: ${(err as Error).message}`);
    }
    if (isDir === true) break;
    if (isDir === false) throw new Error(`cannot create ${target}: ${current} is a file, not a directory`);
    const parent = dirname(current);
    if (parent === current) break;
    missing.unshift(current);
    current = parent;
  }
  for (const dir of missing) {
    try {
      mkdirSync(dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new Error(`cannot create ${dir}: ${(err as Error).message}`);
    }
  }
  return target;
}
