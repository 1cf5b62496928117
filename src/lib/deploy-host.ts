/**
 * Which host a build runs on, told from the variables each host sets in its own builds, and the
 * variables a build that will be published there cannot do without.
 */

export type DeployHost = 'netlify' | 'cloudflare' | 'github';

type Env = Record<string, string | undefined>;

interface HostFacts {
  /** Whether a build runs there, from the host's own variable. */
  runs: (env: Env) => boolean;
  name: string;
  /** Where on that host a deployer sets a build variable. */
  where: string;
}

// In the order checked: a Netlify or Cloudflare build started from a GitHub Action is theirs.
const HOSTS: Record<DeployHost, HostFacts> = {
  netlify: {
    runs: (env) => env['NETLIFY'] === 'true',
    name: 'Netlify',
    where: 'Site configuration → Environment variables',
  },
  cloudflare: {
    runs: (env) => env['CF_PAGES'] === '1',
    name: 'Cloudflare Pages',
    where: 'the project’s Settings → Variables and Secrets (Production)',
  },
  github: {
    runs: (env) => env['GITHUB_ACTIONS'] === 'true',
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
 * The one line that stops a build for a host when a variable it needs is missing, naming the
 * variable and where to set it on that host; undefined when nothing is missing or the build is local.
 */
export function missingHostVariable(env: Env): string | undefined {
  if (env[LOCAL_BUILD.name] === LOCAL_BUILD.value) return undefined;
  const host = deployHost(env);
  if (!host) return undefined;
  const missing = NEEDED.find(({ name }) => !env[name]?.trim());
  if (!missing) return undefined;
  const { name, where } = HOSTS[host];
  return `${missing.name} is not set: on ${name}, add it under ${where} (${missing.what}).`;
}
