/**
 * Which host a build runs on, told from the variables each host sets in its own builds, and the
 * variables a build that will be published there as the live site cannot do without.
 */

export type DeployHost = 'netlify' | 'cloudflare' | 'github';

type Env = Record<string, string | undefined>;

interface HostFacts {
  /** Whether a build runs there, from the host's own variable. */
  runs: (env: Env) => boolean;
  /** Whether it builds the live site there, not a preview of a branch or pull request. */
  live: (env: Env) => boolean;
  name: string;
  /** Where on that host a deployer sets a build variable. */
  where: string;
}

/** The branch the live site is built from: EDITOR_BRANCH, where the editor saves, else main. */
const productionBranch = (env: Env) => env['EDITOR_BRANCH']?.trim() || 'main';

// In the order checked: a Netlify or Cloudflare build started from a GitHub Action is theirs.
const HOSTS: Record<DeployHost, HostFacts> = {
  netlify: {
    runs: (env) => env['NETLIFY'] === 'true',
    // CONTEXT is production, deploy-preview or branch-deploy.
    live: (env) => (env['CONTEXT'] ?? 'production') === 'production',
    name: 'Netlify',
    where: 'Project configuration → Environment variables',
  },
  cloudflare: {
    runs: (env) => env['CF_PAGES'] === '1',
    // Cloudflare sets CF_PAGES on preview builds too; only the production branch is the live site.
    live: (env) => (env['CF_PAGES_BRANCH'] ?? productionBranch(env)) === productionBranch(env),
    name: 'Cloudflare Pages',
    where: 'the project’s Settings → Variables and Secrets (Production)',
  },
  github: {
    runs: (env) => env['GITHUB_ACTIONS'] === 'true',
    // deploy.yml builds only main, for Pages.
    live: () => true,
    name: 'GitHub Pages',
    where: 'the repository’s Settings → Secrets and variables → Actions → Variables',
  },
};

/** What a published build needs, in the order reported. */
const NEEDED = [
  { name: 'SITE_URL', what: 'the public address, like https://cop.example.org.au' },
  { name: 'PUBLIC_FORM_ID', what: 'the Formspree form id, like xyzabcde' },
] as const;

/**
 * Set to `local` by builds that are never published (npm start, the tests, the bench, the content
 * check): those need neither variable, wherever they run.
 */
export const LOCAL_BUILD = { name: 'SITE_BUILD', value: 'local' } as const;

/** The host this build runs on, or undefined on a developer's machine. */
export function deployHost(env: Env): DeployHost | undefined {
  return (Object.keys(HOSTS) as DeployHost[]).find((host) => HOSTS[host].runs(env));
}

/**
 * The one line that stops a host's build of the live site when a variable it needs is missing,
 * naming the variable and where to set it on that host; undefined when nothing is missing, or the
 * build is local or a preview (which may go without: its links and form are never the public's).
 */
export function missingHostVariable(env: Env): string | undefined {
  if (env[LOCAL_BUILD.name] === LOCAL_BUILD.value) return undefined;
  const host = deployHost(env);
  if (!host || !HOSTS[host].live(env)) return undefined;
  const missing = NEEDED.find(({ name }) => !env[name]?.trim());
  if (!missing) return undefined;
  const { name, where } = HOSTS[host];
  return `${missing.name} is not set: on ${name}, add it under ${where} (${missing.what}).`;
}
