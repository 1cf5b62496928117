/**
 * The built site served by Cloudflare's own Pages runtime (`wrangler pages dev`, workerd), which
 * applies dist/_headers as Cloudflare Pages does. Offline: no telemetry, no update check, no
 * request for Cloudflare's `cf` object; its state lives in a temporary folder, not the project.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../../scripts/lib/project-copy.ts';
import { PROJECT_ROOT } from '../../scripts/lib/build-site.ts';

const WRANGLER = join(PROJECT_ROOT, 'node_modules/wrangler/bin/wrangler.js');

export interface PagesDev {
  /** The site's origin, like http://127.0.0.1:40123. */
  origin: string;
  stop(): Promise<void>;
}

async function answers(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`wrangler stopped:\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`wrangler did not answer at ${url} within 90 s:\n${output()}`);
}

/** Starts `wrangler pages dev` over `root` (the built site) and resolves once it answers. */
export async function startPagesDev(root = 'dist'): Promise<PagesDev> {
  const port = await freePort();
  const state = await mkdtemp(join(tmpdir(), 'pages-dev-'));
  const args = [
    ...[WRANGLER, 'pages', 'dev', resolve(PROJECT_ROOT, root)],
    ...['--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(await freePort())],
    // A fixed date, so a newer wrangler does not change the runtime under the test unannounced.
    ...['--compatibility-date', '2026-11-17', '--persist-to', join(state, 'state')],
    ...['--cwd', state, '--show-interactive-dev-session=false'],
  ];
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      WRANGLER_SEND_METRICS: 'false',
      // The banner is where wrangler asks npm for a newer version of itself.
      WRANGLER_HIDE_BANNER: 'true',
      CLOUDFLARE_CF_FETCH_ENABLED: 'false',
      WRANGLER_LOG_PATH: join(state, 'logs'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const closed = new Promise((done) => child.once('close', done));
      child.kill('SIGINT');
      await closed;
    }
    await rm(state, { recursive: true, force: true });
  };
  try {
    await answers(`${origin}/`, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, stop };
}
