// A throwaway copy of the project, so a test can change content (a mistake, a draft) and the
// benchmark can add a thousand CoPs, then build or serve it without touching content/ or the real
// build's caches. Tests copy it with the test site as its content/ (they own their content).
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import {
  ASTRO,
  buildSite,
  childEnv,
  PROJECT_ROOT,
  type BuildOptions,
  type BuildResult,
} from './build-site.ts';
import { TEST_SITE, testSitePath } from './test-site.ts';

/** What the real project holds that a copy must not: outputs, caches, and a developer's .env. */
const NOT_COPIED = new Set([
  'node_modules',
  'dist',
  '.astro',
  '.git',
  '.bench',
  '.inbox',
  'test-results',
  'playwright-report',
]);
const copied = (source: string) =>
  dirname(source) !== PROJECT_ROOT ||
  !(NOT_COPIED.has(basename(source)) || basename(source).startsWith('.env'));

// Caches the build writes into node_modules/: each copy needs its own.
const OWN_CACHES = new Set(['.astro', '.vite', '.cache']);

export interface CopyOptions {
  /**
   * What the copy has as its content/: the tests' own site (built as of its day unless a build
   * says otherwise), or the real content/ as it is (the benchmark; checks of the real content).
   */
  content: 'test site' | 'real';
}

export interface ProjectCopy {
  root: string;
  /** Writes a file, relative to the copy's root. */
  write(path: string, text: string): Promise<void>;
  remove(path: string): Promise<void>;
  /** Puts the copied file back as it was (or removes one the copy did not start with). */
  restore(path: string): Promise<void>;
  /** Builds the copy, collecting the build's output. */
  build(env?: Record<string, string>, options?: Pick<BuildOptions, 'force'>): Promise<BuildResult>;
  /** Starts `astro dev` on a port; resolves once it answers. */
  dev(port: number): Promise<ChildProcess>;
  dispose(): Promise<void>;
}

/** A port nothing listens on now, so a copy's servers never collide with anyone's. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function copyProject({ content }: CopyOptions): Promise<ProjectCopy> {
  const root = await mkdtemp(join(tmpdir(), 'cop-site-'));
  await cp(PROJECT_ROOT, root, { recursive: true, filter: copied });
  const contentSource = content === 'real' ? join(PROJECT_ROOT, 'content') : testSitePath();
  if (content !== 'real') {
    await rm(join(root, 'content'), { recursive: true, force: true });
    await cp(contentSource, join(root, 'content'), { recursive: true });
  }
  // Where a file of the copy came from: its content/ from the content it was given.
  const original = (path: string) =>
    /^content(\/|$)/.test(path)
      ? join(contentSource, path.slice('content'.length))
      : join(PROJECT_ROOT, path);
  // The copy builds its own content/, on the test site's day unless the build names another.
  const ownEnv: Record<string, string> = {
    CONTENT_DIR: 'content',
    ...(content === 'real' ? {} : { BUILD_DATE: TEST_SITE.buildDate }),
  };
  // Every package linked, but not the caches: the copy's build must not write the real project's.
  await mkdir(join(root, 'node_modules'));
  const packages = await readdir(join(PROJECT_ROOT, 'node_modules'));
  await Promise.all(
    packages
      .filter((name) => !OWN_CACHES.has(name))
      .map((name) =>
        symlink(join(PROJECT_ROOT, 'node_modules', name), join(root, 'node_modules', name)),
      ),
  );
  const children: ChildProcess[] = [];
  return {
    root,
    async write(path, text) {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
    },
    remove: (path) => rm(join(root, path), { force: true }),
    async restore(path) {
      await rm(join(root, path), { force: true });
      await cp(original(path), join(root, path)).catch(() => undefined);
    },
    build: (env = {}, { force = false } = {}) =>
      buildSite({ root, env: { ...ownEnv, ...env }, force, quiet: true }),
    async dev(port) {
      const child = spawn(
        process.execPath,
        [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1'],
        {
          cwd: root,
          env: childEnv({ NO_COLOR: '1', ...ownEnv }),
          stdio: 'ignore',
        },
      );
      children.push(child);
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        const up = await fetch(`http://127.0.0.1:${port}/`).then(
          (response) => response.ok,
          () => false,
        );
        if (up) return child;
        await new Promise((wait) => setTimeout(wait, 250));
      }
      throw new Error(`astro dev did not answer on port ${port} within 60 s`);
    },
    async dispose() {
      for (const child of children) child.kill();
      await rm(root, { recursive: true, force: true });
    },
  };
}
