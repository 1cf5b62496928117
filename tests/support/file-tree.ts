// A folder of files written by hand (a small built site, its content), for tests that need no build.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes each file, its path relative to a new temporary folder, and returns that folder. */
export async function writeFileTree(prefix: string, files: Record<string, string>) {
  const root = await mkdtemp(join(tmpdir(), prefix));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}
