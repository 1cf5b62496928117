/**
 * What the editor says about the latest save (public/admin/publish-state.js), from what GitHub
 * reports on its commit: the workflows' check runs (one check suite per workflow run), the hosts'
 * commit statuses, and deployments.
 */
import { describe, expect, it } from 'vitest';
import { publishState, runSummary } from '../../public/admin/publish-state.js';

const RUN = 'https://github.com/o/site/actions/runs/101';

interface Run {
  name: string;
  status: string;
  conclusion?: string;
  detailsUrl?: string;
}

const suite = (workflow: string, runs: Run[]) => ({
  status: runs.every((run) => run.status === 'COMPLETED') ? 'COMPLETED' : 'IN_PROGRESS',
  workflowRun: { workflow: { name: workflow } },
  checkRuns: { nodes: runs },
});
const done = (name: string, conclusion: string, run = RUN): Run => ({
  name,
  status: 'COMPLETED',
  conclusion,
  detailsUrl: `${run}/job/7`,
});
const commit = ({
  suites = [] as ReturnType<typeof suite>[],
  statuses = [] as { context: string; state: string; targetUrl?: string }[],
  deployments = [] as string[],
}) => ({
  oid: 'abc',
  checkSuites: { nodes: suites },
  status: statuses.length ? { contexts: statuses } : null,
  deployments: {
    nodes: deployments.map((state) => ({ environment: 'github-pages', latestStatus: { state } })),
  },
});

describe('deploy.yml on GitHub Pages', () => {
  it('is building while the content check runs, and while the deploy job waits for it', () => {
    const checking = suite('Check and deploy', [{ name: 'build', status: 'IN_PROGRESS' }]);
    expect(publishState(commit({ suites: [checking] }))).toEqual({ state: 'building' });
    // The check has passed; the deploy job is not yet a check run, but the run is not over.
    const between = { ...suite('Check and deploy', [done('build', 'SUCCESS')]) };
    between.status = 'IN_PROGRESS';
    expect(publishState(commit({ suites: [between] }))).toEqual({ state: 'building' });
    const deploying = suite('Check and deploy', [
      done('build', 'SUCCESS'),
      { name: 'deploy', status: 'IN_PROGRESS' },
    ]);
    expect(publishState(commit({ suites: [deploying], deployments: ['IN_PROGRESS'] }))).toEqual({
      state: 'building',
    });
  });

  it('is published once both jobs and the Pages deployment have succeeded', () => {
    const run = suite('Check and deploy', [done('build', 'SUCCESS'), done('deploy', 'SUCCESS')]);
    expect(publishState(commit({ suites: [run], deployments: ['SUCCESS'] }))).toEqual({
      state: 'published',
    });
  });

  it('failed when the content check refuses the save, linking to the run’s Summary', () => {
    const run = suite('Check and deploy', [done('build', 'FAILURE'), done('deploy', 'SKIPPED')]);
    expect(publishState(commit({ suites: [run] }))).toEqual({ state: 'failed', link: RUN });
  });

  it('goes by the newest run of a workflow: a nightly run that published after a failed push', () => {
    const push = suite('Check and deploy', [done('build', 'FAILURE')]);
    const nightly = suite('Check and deploy', [
      done('build', 'SUCCESS', `${RUN}2`),
      done('deploy', 'SUCCESS', `${RUN}2`),
    ]);
    // The push's deployment was never made; a replaced one would be INACTIVE.
    expect(
      publishState(commit({ suites: [push, nightly], deployments: ['INACTIVE', 'SUCCESS'] })),
    ).toEqual({ state: 'published' });
  });
});

describe('checks.yml beside Netlify or Cloudflare Pages', () => {
  it('failed when the check fails, whatever the host reports, linking to the run', () => {
    const check = suite('Checks', [done('check', 'FAILURE')]);
    const host = {
      context: 'Cloudflare Pages',
      state: 'SUCCESS',
      targetUrl: 'https://x.pages.dev',
    };
    expect(publishState(commit({ suites: [check], statuses: [host] }))).toEqual({
      state: 'failed',
      link: RUN,
    });
  });

  it('failed when the host’s build fails, linking to its log', () => {
    const check = suite('Checks', [done('check', 'SUCCESS')]);
    const host = { context: 'netlify/site/deploy', state: 'FAILURE', targetUrl: 'https://log' };
    expect(publishState(commit({ suites: [check], statuses: [host] }))).toEqual({
      state: 'failed',
      link: 'https://log',
    });
  });

  it('is building while the host builds, published once it and the check succeed', () => {
    const check = suite('Checks', [done('check', 'SUCCESS')]);
    const host = (state: string) => ({ context: 'netlify/site/deploy', state });
    expect(publishState(commit({ suites: [check], statuses: [host('PENDING')] }))).toEqual({
      state: 'building',
    });
    expect(publishState(commit({ suites: [check], statuses: [host('SUCCESS')] }))).toEqual({
      state: 'published',
    });
  });
});

describe('what says nothing', () => {
  it('is none with no reports, or only an app’s empty suite that will never report', () => {
    expect(publishState(commit({}))).toEqual({ state: 'none' });
    const empty = { status: 'QUEUED', workflowRun: null, checkRuns: { nodes: [] } };
    expect(publishState({ ...commit({}), checkSuites: { nodes: [empty] } })).toEqual({
      state: 'none',
    });
  });

  it('a job skipped or cancelled is neither a failure nor a success', () => {
    const run = suite('Check and deploy', [done('keep-alive', 'SKIPPED')]);
    expect(publishState(commit({ suites: [run] }))).toEqual({ state: 'none' });
  });
});

it('links a GitHub Actions job to its run, whose first tab is the Summary', () => {
  expect(runSummary(`${RUN}/job/7`)).toBe(RUN);
  expect(runSummary(`${RUN}/job/7?pr=3`)).toBe(RUN);
  expect(runSummary('https://app.netlify.com/sites/x/deploys/1')).toBe(
    'https://app.netlify.com/sites/x/deploys/1',
  );
});
