// The one way the site is built: by npm start, the end-to-end tests, the tests' project copies and
// the benchmark. Node 24 runs this file as it is (type stripping).
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LOCAL_BUILD } from '../../src/lib/deploy-host.ts';

/** The real project's root; a project copy builds from its own. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** Astro's command line, run with the Node that runs this script (Node 24 under npm). */
export const ASTRO = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');

export interface BuildOptions {
  /** The project to build: the real one unless a copy's root is given. */
  root?: string;
  /** Added to the environment: SITE_URL, the form's variables, BUILD_DATE. */
  env?: Record<string, string>;
  /** Rebuild the content cache too, as on a fresh checkout (`astro build --force`). */
  force?: boolean;
  /** Collect the output (without colour) instead of showing it as it comes. */
  quiet?: boolean;
  /**
   * Build with the environment as given, a host's variables and guards included (the content
   * check, which builds what is published), instead of as a local build that is never published.
   */
  asGiven?: boolean;
}

export interface BuildResult {
  /** 0 when the build worked. */
  code: number | null;
  /** stdout and stderr together, without colour codes; empty unless quiet. */
  output: string;
  /** How long the build took, Node's start-up included. */
  ms: number;
}

const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/**
 * This process's environment for a build or dev server it starts, without what a test runner set
 * for itself: Vitest's DEV=1 and MODE=test would reach the site's import.meta.env, and a
 * production build would show drafts.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const own = /^(NODE_ENV|DEV|PROD|MODE|SSR|BASE_URL|TEST|VITEST(_\w+)?)$/;
  return {
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !own.test(name))),
    ASTRO_TELEMETRY_DISABLED: '1',
    ...extra,
  };
}

/** Runs `astro build` (the Pagefind index is part of it) into the project's dist/. */
export function buildSite({
  root = PROJECT_ROOT,
  env = {},
  force = false,
  quiet = false,
  asGiven = false,
}: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [ASTRO, 'build', ...(force ? ['--force'] : [])], {
      cwd: root,
      env: childEnv({
        // Never published, so it needs no SITE_URL or PUBLIC_FORM_ID, even on a host's CI.
        ...(asGiven ? {} : { [LOCAL_BUILD.name]: LOCAL_BUILD.value }),
        ...(quiet ? { NO_COLOR: '1' } : {}),
        ...env,
      }),
      stdio: quiet ? 'pipe' : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) =>
      done({ code, output: plain(output), ms: performance.now() - started }),
    );
  });
}

/** The environment that makes the form send to the local inbox at `inboxOrigin`. */
export function localFormEnv(inboxOrigin: string): Record<string, string> {
  return { PUBLIC_FORM_ID: 'local', PUBLIC_FORM_ORIGIN: inboxOrigin };
}
