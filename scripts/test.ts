// npm test: what `npm run test:e2e` does (find Chromium, build dist/, Playwright), with Vitest (unit
// and build tests) and the check (types and formatting) beside it. One part after the other, a
// two-core machine sat half idle (builds and browsers wait on each other); side by side they
// finish sooner. The check starts once dist/ is built: `astro check` and `astro build` both write
// the project's .astro/ folder. A failed check stops everything at once, since there is no point
// testing code that does not type-check. The check's and Vitest's reports are held back and
// printed whole when each ends, so reports do not interleave. Exits non-zero if any part fails.
import { spawn, type ChildProcess } from 'node:child_process';

interface Finished {
  name: string;
  code: number;
}

const running = new Set<ChildProcess>();
let checkFailed = false;

/** Runs a command; its output streams, or is kept and printed whole when it ends. */
function run(name: string, command: string, args: string[], hold = false): Promise<Finished> {
  return new Promise((resolve) => {
    // Its own process group, so stopping it stops what it started (servers, browsers).
    const child = spawn(command, args, {
      stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      detached: true,
    });
    running.add(child);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => {
      running.delete(child);
      if (hold) process.stdout.write(`\n──── ${name} ────\n${output}\n`);
      resolve({ name, code: code ?? 1 });
    });
  });
}

function stopEverything() {
  for (const child of running) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGINT');
    } catch {
      // That part has just ended by itself.
    }
  }
}
process.on('SIGINT', () => {
  stopEverything();
  process.exit(130);
});

const node = (name: string, script: string) => run(name, process.execPath, [script]);

async function endToEnd(): Promise<Finished[]> {
  const chromium = await node('Finding Chromium', 'scripts/chromium.ts');
  if (chromium.code !== 0) return [chromium];
  const build = await node('The build for the end-to-end tests', 'scripts/e2e-servers.ts');
  const check = run('Check (types and formatting)', 'npm', ['run', 'check'], true).then(
    (finished) => {
      if (finished.code !== 0) {
        checkFailed = true;
        console.error('The check failed: stopping the tests.');
        stopEverything();
      }
      return finished;
    },
  );
  if (build.code !== 0) return [build, await check];
  const playwright = run('Playwright (end-to-end tests)', 'npm', [
    'exec',
    '--',
    'playwright',
    'test',
  ]);
  return [await check, await playwright];
}

const parts = (
  await Promise.all([
    run('Vitest (unit and build tests)', 'npm', ['exec', '--', 'vitest', 'run'], true).then(
      (vitest) => [vitest],
    ),
    endToEnd(),
  ])
).flat();

const failed = parts.filter((part) => part.code !== 0);
for (const part of failed) {
  const stopped = checkFailed && !part.name.startsWith('Check');
  console.error(`${part.name} ${stopped ? 'stopped' : `failed (exit code ${part.code})`}.`);
}
process.exit(failed.length > 0 ? 1 : 0);
