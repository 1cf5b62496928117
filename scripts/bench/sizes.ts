// Sizes and times as the report shows them, and the files of a built site.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { KB } from './budgets.ts';

export const gzipSize = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;
export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / KB / KB).toFixed(2)} MB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export const median = (values: number[]) =>
  values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export function walk(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export const folderBytes = (folder: string) =>
  walk(folder).reduce((sum, file) => sum + statSync(file).size, 0);
