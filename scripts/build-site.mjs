// Runs `astro build` with extra environment variables: npm start and the end-to-end tests use it
// to point the form at a local inbox and the site's links at the server that will serve it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ASTRO = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

/** The environment that makes the form send to the local inbox at `inboxOrigin`. */
export function localFormEnv(inboxOrigin) {
  return { PUBLIC_FORM_ID: 'local', PUBLIC_FORM_ORIGIN: inboxOrigin };
}

/** Builds the site into dist/; returns the exit status (0 when it worked). */
export function buildSite(env = {}) {
  const result = spawnSync(process.execPath, [ASTRO, 'build'], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
}
