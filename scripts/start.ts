// npm start: builds the site and serves it. With no form id configured (PUBLIC_FORM_ID in the
// environment or .env), the form sends to a local inbox started beside the site.
import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { LOCAL_INBOX } from '../src/lib/eoi/service.ts';
import { buildSite, localFormEnv } from './lib/build-site.ts';
import { startInbox } from './inbox.ts';
import { serveSite } from './serve.ts';

const sitePort = Number(process.env.PORT ?? 4321);
const inboxPort = Number(process.env.INBOX_PORT ?? LOCAL_INBOX.port);
const dotEnv = existsSync('.env') ? parseEnv(readFileSync('.env', 'utf8')) : {};
const formId = process.env.PUBLIC_FORM_ID || dotEnv.PUBLIC_FORM_ID;

const inbox = formId
  ? undefined
  : await startInbox({ port: inboxPort, formState: process.env.INBOX_FORM_STATE || 'active' });
const env = {
  SITE_URL: process.env.SITE_URL ?? `http://127.0.0.1:${sitePort}`,
  ...(inbox ? localFormEnv(inbox.origin) : {}),
};
const { code } = await buildSite({ env });
if (code !== 0) {
  inbox?.server.close();
  process.exit(code ?? 1);
}
const site = await serveSite({ port: sitePort });
console.log(`\nThe site is at ${site.url}`);
if (inbox) {
  console.log(`Expressions of interest go to the local inbox: see them at ${inbox.url}`);
  console.log('(Set PUBLIC_FORM_ID to send them to Formspree instead.)');
} else {
  console.log(`Expressions of interest go to form ${formId} of the form service.`);
}
