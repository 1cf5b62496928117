// npm test: the checks, then Vitest (unit and build tests) side by side with Playwright (the
// end-to-end tests). One after the other, a two-core machine sat half idle (builds and browsers
// wait on each other); side by side they finish sooner. Vitest's report is held back and printed
// whole when it ends, so the two reports do not interleave. Exits non-zero if any part fails.
import { spawn } from 'node:child_process';

interface Finished {
  name: string;
  code: number;
  output: string;
}

/** Runs an npm script or command; its output streams, or is kept to print later. */
function run(name: string, args: string[], hold = false): Promise<Finished> {
  return new Promise((resolve) => {
    const child = spawn('npm', args, { stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ name, code: code ?? 1, output }));
  });
}

const check = await run('check', ['run', 'check']);
if (check.code !== 0) process.exit(check.code);

const [vitest, e2e] = await Promise.all([
  run('Vitest', ['exec', '--', 'vitest', 'run'], true).then((finished) => {
    process.stdout.write(`\n──── Vitest (unit and build tests) ────\n${finished.output}\n`);
    return finished;
  }),
  run('Playwright', ['run', 'test:e2e']),
]);

const failed = [vitest, e2e].filter((part) => part.code !== 0);
for (const part of failed) console.error(`${part.name} failed (exit code ${part.code}).`);
process.exit(failed.length > 0 ? 1 : 0);
