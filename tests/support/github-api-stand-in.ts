/**
 * GitHub's API (api.github.com), answered inside the browser context by Playwright routes, so the
 * editor's GitHub backend can sign in, load a repository, save and read what GitHub reports on a
 * commit without leaving the machine. It answers the requests Sveltia CMS 0.221.1 sends (its source
 * is in node_modules/@sveltia/cms/dist/sveltia-cms.mjs.map): REST for the person signed in, their
 * access and the file tree; GraphQL for the branch head, file contents and history, the commit a
 * save makes (createCommitOnBranch) and a commit's statuses, check runs and deployments. A GraphQL
 * query it does not recognise is answered with an error and kept in `unanswered`.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';

export const STAND_IN_REPO = 'programme-team/cop-site';
export const STAND_IN_LOGIN = 'staff-member';

/** The files of a folder of the project (the test site's), by their paths in the repository. */
export function repositoryFiles(folder: string): Record<string, string> {
  return Object.fromEntries(
    (readdirSync(folder, { recursive: true }) as string[])
      .map((name) => join(folder, name).split('\\').join('/'))
      .filter((path) => statSync(path).isFile())
      .map((path) => [path, readFileSync(path, 'utf8')]),
  );
}

export interface GitHubCall {
  method: string;
  path: string;
  authorization: string;
  /** A GraphQL call's query, on one line as the editor sends it. */
  query?: string;
}

/** A commit status, as a host such as Netlify posts one (GraphQL `StatusContext`). */
export interface CommitStatus {
  context: string;
  state: 'EXPECTED' | 'PENDING' | 'SUCCESS' | 'FAILURE' | 'ERROR';
  targetUrl?: string;
  description?: string;
}

/** A check run: each job of a workflow run is one (GraphQL `CheckRun`). */
export interface CheckRun {
  name: string;
  status: 'QUEUED' | 'IN_PROGRESS' | 'COMPLETED';
  conclusion?: 'SUCCESS' | 'FAILURE' | 'SKIPPED' | 'CANCELLED' | 'NEUTRAL' | 'TIMED_OUT';
  /** The job's page on GitHub. */
  detailsUrl?: string;
  summary?: string;
}

/** A deployment, such as the `github-pages` one of deploy.yml's deploy job (GraphQL `Deployment`). */
export interface Deployment {
  environment: string;
  state: 'QUEUED' | 'IN_PROGRESS' | 'PENDING' | 'SUCCESS' | 'FAILURE' | 'ERROR' | 'INACTIVE';
  environmentUrl?: string;
}

/** What GitHub reports on one commit. */
export interface CommitReport {
  /** The workflow whose run the check runs are (one check suite). */
  workflow?: string;
  statuses?: CommitStatus[];
  checkRuns?: CheckRun[];
  deployments?: Deployment[];
}

/** deploy.yml on a push, as GitHub reports it: its two jobs, then the Pages deployment. */
export function deployYmlReports(
  siteUrl: string,
  run = `https://github.com/${STAND_IN_REPO}/actions/runs/4242`,
) {
  const job = (name: string, conclusion: NonNullable<CheckRun['conclusion']>, id: number) =>
    ({ name, status: 'COMPLETED', conclusion, detailsUrl: `${run}/job/${id}` }) satisfies CheckRun;
  return {
    run,
    building: {
      checkRuns: [{ name: 'build', status: 'IN_PROGRESS', detailsUrl: `${run}/job/1` } as const],
    },
    published: {
      checkRuns: [job('build', 'SUCCESS', 1), job('deploy', 'SUCCESS', 2)],
      deployments: [{ environment: 'github-pages', state: 'SUCCESS', environmentUrl: siteUrl }],
    },
    refused: { checkRuns: [job('build', 'FAILURE', 1), job('deploy', 'SKIPPED', 2)] },
  } satisfies Record<string, CommitReport | string>;
}

interface Commit {
  oid: string;
  message: string;
  files: Map<string, string>;
}

export interface GitHubStandIn {
  calls: GitHubCall[];
  /** Requests for anywhere else off this machine, refused. */
  refused: string[];
  /** GraphQL queries the stand-in did not recognise. */
  unanswered: string[];
  /** The branch's head commit. */
  head(): string;
  /** A file of the branch's head commit. */
  file(path: string): string | undefined;
  /** What GitHub reports on a commit from now on. */
  report(sha: string, report: CommitReport): void;
  /** The commits the editor asked GitHub about, each time it asked, by query. */
  deployLookups(): string[][];
}

const gitSha = (kind: string, text: string) =>
  createHash('sha1')
    .update(`${kind} ${Buffer.byteLength(text)}\0${text}`)
    .digest('hex');

/** Each aliased part of a query: `content_3: object(oid: "…") { … }` up to the next alias. */
function aliasedParts(query: string) {
  const starts = [...query.matchAll(/(\w+_\d+): +(object\(oid: "([0-9a-f]+)"\)|ref\(|file\()/g)];
  return starts.map((match, index) => ({
    alias: match[1]!,
    oid: match[3],
    text: query.slice(match.index, starts[index + 1]?.index ?? query.length),
  }));
}

/**
 * Answers GitHub's API in `context` and refuses any other request that would leave the machine.
 * Without `files`, only who signed in and their access are answered (GraphQL gets a 404).
 */
export async function answerGitHub(
  context: BrowserContext,
  {
    repo = STAND_IN_REPO,
    branch = 'main',
    login = STAND_IN_LOGIN,
    files,
  }: { repo?: string; branch?: string; login?: string; files?: Record<string, string> } = {},
): Promise<GitHubStandIn> {
  const calls: GitHubCall[] = [];
  const refused: string[] = [];
  const unanswered: string[] = [];
  const lookups: string[][] = [];
  const reports = new Map<string, CommitReport>();
  const first: Commit = { oid: '', message: 'The site as it is', files: new Map() };
  first.files = new Map(Object.entries(files ?? {}));
  first.oid = gitSha('commit', `${first.message}\n${[...first.files.keys()].join('\n')}`);
  const commits = new Map([[first.oid, first]]);
  let head = first;
  const author = {
    name: 'Staff Member',
    email: 'staff@example.org',
    user: { id: 1, login },
  };

  function commitNode(part: string, sha: string) {
    const {
      workflow = 'Check and deploy',
      statuses = [],
      checkRuns = [],
      deployments = [],
    } = reports.get(sha) ?? {};
    return {
      ...(part.includes('status {')
        ? {
            status: statuses.length
              ? { contexts: statuses.map((s) => ({ targetUrl: null, description: null, ...s })) }
              : null,
          }
        : {}),
      ...(part.includes('deployments(')
        ? {
            deployments: {
              nodes: deployments.map(({ environment, state, environmentUrl }) => ({
                environment,
                latestStatus: { state, environmentUrl: environmentUrl ?? null, description: null },
              })),
            },
          }
        : {}),
      ...(part.includes('checkSuites(')
        ? {
            checkSuites: {
              nodes: checkRuns.length
                ? [
                    {
                      status: checkRuns.every((run) => run.status === 'COMPLETED')
                        ? 'COMPLETED'
                        : 'IN_PROGRESS',
                      workflowRun: { workflow: { name: workflow } },
                      checkRuns: {
                        nodes: checkRuns.map((run) => ({
                          conclusion: null,
                          detailsUrl: null,
                          summary: null,
                          ...run,
                        })),
                      },
                    },
                  ]
                : [],
            },
          }
        : {}),
    };
  }

  function commitChanges(input: {
    expectedHeadOid: string;
    fileChanges: {
      additions?: { path: string; contents: string }[];
      deletions?: { path: string }[];
    };
    message: { headline: string };
  }): Commit | string {
    if (input.expectedHeadOid !== head.oid) return 'Expected branch to point to another commit';
    const next = new Map(head.files);
    for (const { path } of input.fileChanges.deletions ?? []) next.delete(path);
    for (const { path, contents } of input.fileChanges.additions ?? []) {
      next.set(path, Buffer.from(contents, 'base64').toString('utf8'));
    }
    const message = input.message.headline;
    const oid = gitSha('commit', `${head.oid}\n${message}\n${commits.size}`);
    const made = { oid, message, files: next };
    commits.set(oid, made);
    head = made;
    return made;
  }

  /** The `data` of a GraphQL answer, or undefined for a query this stand-in does not know. */
  function graphql(query: string, variables: Record<string, unknown>): unknown {
    if (query.startsWith('mutation') && query.includes('createCommitOnBranch(')) {
      const made = commitChanges(variables['input'] as Parameters<typeof commitChanges>[0]);
      if (typeof made === 'string') return { errors: [{ message: made }] };
      const shas = Object.fromEntries(
        [...query.matchAll(/(file_\d+): file\(path: ("(?:[^"\\]|\\.)*")\)/g)].map(
          ([, alias, path]) => [alias, { oid: gitSha('blob', made.files.get(JSON.parse(path!))!) }],
        ),
      );
      return {
        createCommitOnBranch: {
          commit: { oid: made.oid, committedDate: new Date().toISOString(), ...shas },
        },
      };
    }
    if (!query.startsWith('query')) return undefined;
    const parts = aliasedParts(query);
    if (parts.length) {
      const repository: Record<string, unknown> = {};
      const asked: string[] = [];
      for (const { alias, oid, text } of parts) {
        if (oid && text.includes('... on Blob')) {
          const found = [...commits.values()]
            .flatMap((commit) => [...commit.files.values()])
            .find((content) => gitSha('blob', content) === oid);
          repository[alias] = found === undefined ? null : { text: found, isTruncated: false };
        } else if (oid && text.includes('... on Commit')) {
          asked.push(oid);
          repository[alias] = commitNode(text, oid);
        } else if (text.includes('history(first: 1, path:')) {
          repository[alias] = {
            target: {
              history: { nodes: [{ author, committedDate: '2026-10-01T00:00:00Z' }] },
            },
          };
        } else {
          return undefined;
        }
      }
      if (asked.length) lookups.push(asked);
      return { repository };
    }
    if (query.includes('defaultBranchRef')) {
      return { repository: { defaultBranchRef: { name: branch } } };
    }
    if (query.includes('history(first: 1)')) {
      const nodes = [{ oid: head.oid, message: head.message }];
      return { repository: { ref: { target: { history: { nodes } } } } };
    }
    if (/ref\(qualifiedName: \$branch\) \{ target \{ \.\.\. on Commit \{ oid/.test(query)) {
      return { repository: { ref: { target: { oid: head.oid, ...commitNode(query, head.oid) } } } };
    }
    return undefined;
  }

  await context.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url());
    if (hostname === '127.0.0.1' || hostname === 'localhost') return route.continue();
    refused.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  await context.route('https://api.github.com/**', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const body = request.method() === 'POST' ? request.postDataJSON() : undefined;
    calls.push({
      method: request.method(),
      path: url.pathname,
      authorization: (await request.headerValue('authorization')) ?? '',
      ...(body?.query ? { query: body.query } : {}),
    });
    if (url.pathname === '/user') {
      return route.fulfill({
        json: { login, name: author.name, html_url: `https://github.com/${login}` },
      });
    }
    if (url.pathname === `/repos/${repo}/collaborators/${login}`) {
      return route.fulfill({ status: 204 });
    }
    if (!files) return route.fulfill({ status: 404, json: { message: 'Not Found' } });
    const tree = url.pathname.match(new RegExp(`^/repos/${repo}/git/trees/([^/]+)$`));
    if (tree) {
      const commit = commits.get(tree[1]!) ?? (tree[1] === branch ? head : undefined);
      if (!commit) return route.fulfill({ status: 404, json: { message: 'Not Found' } });
      return route.fulfill({
        json: {
          sha: commit.oid,
          truncated: false,
          tree: [...commit.files].map(([path, text]) => ({
            path,
            type: 'blob',
            mode: '100644',
            sha: gitSha('blob', text),
            size: Buffer.byteLength(text),
          })),
        },
      });
    }
    if (url.pathname === '/graphql' && body?.query) {
      const data = graphql(body.query.replace(/\s+/g, ' ').trim(), body.variables ?? {});
      if (data === undefined) {
        unanswered.push(body.query);
        return route.fulfill({ json: { errors: [{ message: 'Not answered by the stand-in' }] } });
      }
      return route.fulfill({ json: 'errors' in (data as object) ? data : { data } });
    }
    return route.fulfill({ status: 404, json: { message: 'Not Found' } });
  });

  return {
    calls,
    refused,
    unanswered,
    head: () => head.oid,
    file: (path) => head.files.get(path),
    report: (sha, report) => void reports.set(sha, report),
    deployLookups: () => lookups,
  };
}

/** The e2e build's editor uses its test backend: here it is told to use GitHub instead. */
export async function editorOnGitHub(
  context: BrowserContext,
  {
    repo = STAND_IN_REPO,
    branch = 'main',
    ...settings
  }: { repo?: string; branch?: string; base_url?: string; site_url?: string } = {},
): Promise<void> {
  const { site_url, ...backend } = settings;
  // The context's route, which also sees what the page asks for off its main thread.
  await context.route(
    (url) => url.pathname === '/admin/config.json',
    async (route) => {
      const response = await route.fetch();
      const config = await response.json();
      config.backend = { name: 'github', repo, branch, ...backend };
      if (site_url) config.site_url = site_url;
      await route.fulfill({ response, json: config });
    },
  );
}

/** The editor opens signed in, as it does for someone who signed in before (its stored token). */
export async function signedInBefore(
  context: BrowserContext,
  login = STAND_IN_LOGIN,
): Promise<void> {
  const user = { backendName: 'github', token: 'gho_storedToken0123456789', login };
  await context.addInitScript((stored) => {
    localStorage.setItem('sveltia-cms.user', stored);
  }, JSON.stringify(user));
}
