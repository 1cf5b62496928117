import { describe, expect, test } from 'vitest';
import { deployHost, LOCAL_BUILD, missingHostVariable } from '../../src/lib/deploy-host.ts';

const READY = { SITE_URL: 'https://cop.example.org.au', PUBLIC_FORM_ID: 'xyzabcde' };
const ON = {
  Netlify: { NETLIFY: 'true' },
  'Cloudflare Pages': { CF_PAGES: '1' },
  'GitHub Pages': { GITHUB_ACTIONS: 'true' },
};

describe('a build for a host', () => {
  test.each(Object.entries(ON))('on %s is told apart by the host’s own variable', (name, env) => {
    expect(deployHost(env)).toBe(
      { Netlify: 'netlify', 'Cloudflare Pages': 'cloudflare', 'GitHub Pages': 'github' }[name],
    );
  });

  test('on Netlify without SITE_URL stops with one line: the variable, where to set it, an example', () => {
    expect(missingHostVariable({ ...ON.Netlify, PUBLIC_FORM_ID: 'xyzabcde' })).toBe(
      'SITE_URL is not set: on Netlify, add it under Project configuration → Environment variables (the public address, like https://cop.example.org.au).',
    );
  });

  test.each(Object.entries(ON))('on %s names each missing variable and that host', (name, env) => {
    for (const variable of ['SITE_URL', 'PUBLIC_FORM_ID'] as const) {
      const line = missingHostVariable({ ...env, ...READY, [variable]: '' }) ?? '';
      expect(line).toMatch(new RegExp(`^${variable} is not set: on ${name}, add it under .+\\.$`));
      expect(line).not.toContain('\n');
    }
  });

  test('on GitHub Pages says where the repository keeps Actions variables', () => {
    expect(missingHostVariable({ ...ON['GitHub Pages'], SITE_URL: READY.SITE_URL })).toContain(
      'Settings → Secrets and variables → Actions → Variables',
    );
  });

  test.each(Object.entries(ON))('on %s with both variables goes ahead', (_name, env) => {
    expect(missingHostVariable({ ...env, ...READY })).toBeUndefined();
  });
});

describe('previews are not the live site: they build without the variables', () => {
  test('a Netlify deploy preview or branch deploy', () => {
    for (const CONTEXT of ['deploy-preview', 'branch-deploy']) {
      expect(missingHostVariable({ ...ON.Netlify, CONTEXT })).toBeUndefined();
    }
    expect(missingHostVariable({ ...ON.Netlify, CONTEXT: 'production' })).toMatch(/^SITE_URL/);
  });

  test('a Cloudflare preview: a branch other than the one the live site is built from', () => {
    const cloudflare = ON['Cloudflare Pages'];
    expect(missingHostVariable({ ...cloudflare, CF_PAGES_BRANCH: 'new-cop' })).toBeUndefined();
    expect(missingHostVariable({ ...cloudflare, CF_PAGES_BRANCH: 'main' })).toMatch(/^SITE_URL/);
    const fromLive = { ...cloudflare, EDITOR_BRANCH: 'live' };
    expect(missingHostVariable({ ...fromLive, CF_PAGES_BRANCH: 'main' })).toBeUndefined();
    expect(missingHostVariable({ ...fromLive, CF_PAGES_BRANCH: 'live' })).toMatch(/^SITE_URL/);
  });
});

describe('builds that are never published need neither variable', () => {
  test('npm start and the tests on a developer’s machine', () => {
    expect(missingHostVariable({})).toBeUndefined();
  });

  test.each(Object.entries(ON))(
    'a local build (tests, content check) on %s’s machines',
    (_n, env) => {
      expect(
        missingHostVariable({ ...env, [LOCAL_BUILD.name]: LOCAL_BUILD.value }),
      ).toBeUndefined();
    },
  );
});
