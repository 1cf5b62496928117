// In the publishing workflows (.github/workflows/deploy.yml, checks.yml): whether this run must run
// npm test before the content check. Only a push can change code; which files it changed come from
// git, between the push's earlier commit (BEFORE) and this one. Writes `code=true|false` to the
// step's outputs.
import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { pushChangesCode } from './lib/pushed-changes.ts';

const { GITHUB_EVENT_NAME, GITHUB_OUTPUT, GITHUB_SHA = 'HEAD', BEFORE = '' } = process.env;

/** The files the push changed, or undefined when its earlier commit is unknown. */
function changedFiles(): string[] | undefined {
  if (/^0*$/.test(BEFORE)) return undefined;
  try {
    const names = execFileSync('git', ['diff', '--name-only', BEFORE, GITHUB_SHA], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return names.split('\n').filter(Boolean);
  } catch {
    return undefined;
  }
}

const code = GITHUB_EVENT_NAME === 'push' && pushChangesCode(changedFiles());
console.log(`Code changed: ${code}`);
if (GITHUB_OUTPUT) appendFileSync(GITHUB_OUTPUT, `code=${code}\n`);
