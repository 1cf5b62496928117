/**
 * A stand-in for the editor's sign-in service (sveltia-cms-auth, set as EDITOR_AUTH_URL): it
 * skips GitHub's consent page and hands back a token of its own through the popup handshake that
 * service uses. The popup tells its opener `authorizing:github`; the opener answers with the same
 * words; the popup then posts `authorization:github:success:{"token":…,"provider":"github"}` to
 * the origin that answered. Without `window.opener` (a COOP that severs it) nothing comes back.
 */
import { createServer, type Server } from 'node:http';
import { freePort } from '../../scripts/lib/project-copy.ts';

export interface OAuthStandIn {
  origin: string;
  /** The token it hands out. */
  token: string;
  /** The query of each sign-in the editor started (provider, site_id, scope). */
  started: URLSearchParams[];
  stop(): Promise<void>;
}

/** The popup's page at the end of the flow: the handshake, in the page's own script. */
function handshakePage(provider: string, token: string): string {
  const success = `authorization:${provider}:success:${JSON.stringify({ token, provider })}`;
  return `<!doctype html><html lang="en"><head><title>Signing in</title></head><body><script>
    window.addEventListener('message', (event) => {
      if (event.data !== ${JSON.stringify(`authorizing:${provider}`)}) return;
      window.opener?.postMessage(${JSON.stringify(success)}, event.origin);
    });
    window.opener?.postMessage(${JSON.stringify(`authorizing:${provider}`)}, '*');
  </script></body></html>`;
}

export async function startOAuthStandIn(
  token = 'gho_standInToken0123456789',
): Promise<OAuthStandIn> {
  const started: URLSearchParams[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/auth') {
      started.push(url.searchParams);
      // Where GitHub would ask the person to approve the app, then send them to /callback.
      const provider = url.searchParams.get('provider') ?? '';
      response.writeHead(302, { Location: `/callback?code=stand-in&provider=${provider}` }).end();
      return;
    }
    if (url.pathname === '/callback') {
      const provider = url.searchParams.get('provider') ?? 'github';
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(handshakePage(provider, token));
      return;
    }
    response.writeHead(404).end();
  });
  const port = await freePort();
  await new Promise<void>((listening) => server.listen(port, '127.0.0.1', listening));
  return {
    origin: `http://127.0.0.1:${port}`,
    token,
    started,
    stop: () => new Promise((closed) => server.close(() => closed())),
  };
}
