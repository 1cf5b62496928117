// Shows at the foot of the editor what GitHub reports on the site's latest save (the head commit
// of the branch saves go to): building, published, or failed with a link to the run's Summary.
// Sveltia CMS 0.221.1 reads the same reports but tells only screen readers (the description of its
// "View on Live Site" button), and only while an entry is open: a save takes staff back to the list.

/** GitHub's reports on the branch's head commit, in one request. */
const HEAD_QUERY = `query($owner: String!, $name: String!, $branch: String!) {
  repository(owner: $owner, name: $name) {
    ref(qualifiedName: $branch) {
      target {
        ... on Commit {
          oid
          status { contexts { context state targetUrl } }
          checkSuites(last: 20) {
            nodes {
              status
              workflowRun { workflow { name } }
              checkRuns(last: 20) { nodes { name status conclusion detailsUrl } }
            }
          }
          deployments(last: 10) { nodes { environment latestStatus { state } } }
        }
      }
    }
  }
}`;

const FAILED = new Set(['FAILURE', 'ERROR', 'TIMED_OUT', 'STARTUP_FAILURE', 'ACTION_REQUIRED']);
const WAITING = new Set(['EXPECTED', 'PENDING', 'QUEUED', 'IN_PROGRESS', 'WAITING', 'REQUESTED']);

/** A GitHub Actions job's page leads to its run, whose first tab is the Summary. */
export function runSummary(url) {
  return url?.replace(/(\/actions\/runs\/\d+)\/job\/\d+.*$/, '$1');
}

/**
 * What a commit's reports add up to: `failed` (with the failing run's link) if any failed,
 * `building` while any is unfinished, `published` once all have succeeded, `none` without any.
 * Of the runs of one workflow on the commit (a push, then a nightly run), only the newest counts.
 */
export function publishState(commit) {
  const newestSuites = new Map();
  for (const suite of commit?.checkSuites?.nodes ?? []) {
    const runs = suite?.checkRuns?.nodes ?? [];
    // GitHub opens an empty suite for every app that may report checks; most never do.
    if (runs.length) newestSuites.set(suite.workflowRun?.workflow?.name ?? runs[0].name, suite);
  }
  const reports = [
    ...[...newestSuites.values()].flatMap((suite) =>
      suite.checkRuns.nodes.map((run) => ({
        state: run.status === 'COMPLETED' ? run.conclusion : run.status,
        link: runSummary(run.detailsUrl),
        finished: run.status === 'COMPLETED' && suite.status === 'COMPLETED',
      })),
    ),
    ...(commit?.status?.contexts ?? []).map((context) => ({
      state: context.state,
      link: context.targetUrl,
      finished: !WAITING.has(context.state),
    })),
    // A deployment a newer one replaced is INACTIVE: it says nothing about this commit.
    ...(commit?.deployments?.nodes ?? [])
      .map((deployment) => deployment.latestStatus?.state)
      .filter((state) => state && state !== 'INACTIVE' && state !== 'DESTROYED')
      .map((state) => ({ state, finished: !WAITING.has(state) })),
  ];
  const failed = reports.find((report) => FAILED.has(report.state));
  if (failed) return { state: 'failed', link: failed.link };
  if (reports.some((report) => !report.finished)) return { state: 'building' };
  return { state: reports.some((report) => report.state === 'SUCCESS') ? 'published' : 'none' };
}

const QUICK = 5_000;
const IDLE = 30_000;
// A workflow can wait in GitHub's queue for a while before it reports anything on a new commit.
const FIRST_REPORT_WAIT = 2 * 60_000;

const STYLES = `
.publish-state { position: fixed; inset-inline-start: 1rem; inset-block-end: 1rem; z-index: 1000;
  max-inline-size: min(32rem, calc(100vw - 2rem)); margin: 0; padding: 0.5rem 0.75rem;
  border: 2px solid currentColor; border-radius: 0.5rem; background: #fff; color: #1f2328;
  font-family: var(--sui-font-family-default, system-ui, sans-serif); font-size: 0.875rem;
  line-height: 1.4; box-shadow: 0 2px 8px rgb(0 0 0 / 0.2); }
.publish-state:empty { display: none; }
.publish-state--end { inset-inline: auto 1rem; }
.publish-state[data-state='building'] { color: #6f4b00; }
.publish-state[data-state='published'] { color: #116329; }
.publish-state[data-state='failed'] { color: #a40e26; }
.publish-state strong, .publish-state a { color: inherit; font-weight: 700; }
`;

const WORDS = {
  building: ['Building…', 'the latest save is being checked, then published.'],
  published: ['Published:', 'the live site shows the latest save.'],
  failed: ['Build Failed:', 'the latest save was not published.'],
};

function show(box, state, link) {
  if (box.dataset.state === state && box.dataset.link === (link ?? '')) return;
  box.dataset.state = state;
  box.dataset.link = link ?? '';
  const words = WORDS[state];
  if (!words) return box.replaceChildren();
  const parts = [Object.assign(document.createElement('strong'), { textContent: words[0] })];
  parts.push(` ${words[1]}`);
  if (state === 'failed' && link) {
    const anchor = Object.assign(document.createElement('a'), {
      href: link,
      target: '_blank',
      rel: 'noopener noreferrer',
      textContent: 'See what to fix',
    });
    parts.push(' ', anchor);
  }
  box.replaceChildren(...parts);
}

/** The token Sveltia keeps for the person signed in with GitHub, if anyone is. */
function storedToken() {
  try {
    const user = JSON.parse(localStorage.getItem('sveltia-cms.user') ?? 'null');
    return user?.backendName === 'github' ? user.token : undefined;
  } catch {
    return undefined;
  }
}

async function headCommit({ owner, name, branch }, token) {
  const response = await fetch('https://api.github.com/graphql', {
    method: 'POST',
    headers: { Authorization: `token ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: HEAD_QUERY, variables: { owner, name, branch } }),
  });
  if (!response.ok) return undefined;
  // A token without access to checks or deployments gets the rest, with errors beside it.
  const { data } = await response.json();
  return data?.repository?.ref?.target;
}

async function follow() {
  const config = await (await fetch('/admin/config.json')).json();
  if (config.backend?.name !== 'github') return;
  const [owner = '', name = ''] = config.backend.repo.split('/');
  const repository = { owner, name, branch: config.backend.branch };

  const style = document.createElement('style');
  style.textContent = STYLES;
  const box = Object.assign(document.createElement('p'), { className: 'publish-state' });
  box.setAttribute('role', 'status');
  document.head.append(style);
  document.body.append(box);

  let head = '';
  let headChangedAt = 0;
  let timer = 0;
  let checking = false;
  let again = false;

  async function check() {
    if (checking) return void (again = true);
    checking = true;
    clearTimeout(timer);
    let next = IDLE;
    const token = storedToken();
    try {
      const commit = token && !document.hidden ? await headCommit(repository, token) : undefined;
      if (!token) show(box, 'none');
      if (commit?.oid) {
        if (head && commit.oid !== head) headChangedAt = Date.now();
        head = commit.oid;
        let { state, link } = publishState(commit);
        if (state === 'none' && Date.now() - headChangedAt < FIRST_REPORT_WAIT) state = 'building';
        // "Published" answers a save made while the editor is open; on opening, all is as it was.
        if (state === 'published' && !headChangedAt) state = 'none';
        show(box, state, link);
        if (state === 'building') next = QUICK;
      }
    } catch {
      // Offline, or GitHub busy: the next check tries again.
    } finally {
      checking = false;
      timer = setTimeout(check, again ? 0 : next);
      again = false;
    }
  }

  // Never over the control that has focus (WCAG 2.4.11): then it moves to the other corner.
  document.addEventListener('focusin', ({ target }) => {
    if (!(target instanceof Element) || box.contains(target) || !box.firstChild) return;
    const [it, own] = [target.getBoundingClientRect(), box.getBoundingClientRect()];
    const width = Math.min(it.right, own.right) - Math.max(it.left, own.left);
    const height = Math.min(it.bottom, own.bottom) - Math.max(it.top, own.top);
    const hidden = width > 0 && height > 0 ? (width * height) / (it.width * it.height) : 0;
    if (hidden > 0.25) box.classList.toggle('publish-state--end');
  });

  // After a save Sveltia goes back to the list: look at once rather than at the next check.
  window.addEventListener('hashchange', check);
  document.addEventListener('visibilitychange', () => document.hidden || check());
  check();
}

if (typeof window !== 'undefined' && window.CMS) follow();
