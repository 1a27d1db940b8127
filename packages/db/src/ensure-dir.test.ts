import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureDir } from './ensure-dir';

describe('ensureDir', () => {
  it('creates missing parents and accepts a directory that exists', () => {
    const base = mkdtempSync(join(tmpdir(), 'simplifaq-dir-'));
    const deep = join(base, 'a', 'b', 'c');
    expect(ensureDir(deep)).toBe(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    expect(ensureDir(deep)).toBe(deep);
  });

  it('fails at once, naming the path, where the system refuses (/proc) or a file is in the way', () => {
    expect(() => ensureDir('/proc/simplifaq-data')).toThrow(/^cannot create \/proc\/simplifaq-data: /);
    const file = join(mkdtempSync(join(tmpdir(), 'simplifaq-dir-')), 'file');
    writeFileSync(file, 'x');
    expect(() => ensureDir(join(file, 'data'))).toThrow(`cannot create ${join(file, 'data')}: ${file} is a file, not a directory`);
  });
});
