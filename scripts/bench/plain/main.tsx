import { runHandoff } from '../../../shell/src/auth/handoff.ts';
import { readConfig } from '../../../shell/src/config.ts';
import { sendFirstRequests } from '../../../shell/src/registry/first-requests.ts';
import manifest from '../../../webapps/manifest.json';

/**
 * The baseline's entry does what the shell's does (main.ts): the handoff first, the app loading in
 * parallel, so Klinik+ / plain measures the micro-frontend architecture and nothing else.
 */
const config = readConfig();
const app = window.location.pathname === '/plain/launch' ? null : import('./app.tsx');
const outcome = await runHandoff(config, '/plain');
// The same first requests as the shell's entry sends for this webapp.
const firstResponses =
  outcome.kind === 'signed-in'
    ? sendFirstRequests(
        config.apiBaseUrl,
        outcome.user.access_token,
        manifest.find((webapp) => webapp.name === 'soeg-speciallaege')?.firstRequests ?? [],
      )
    : undefined;
if (outcome.kind !== 'redirecting')
  await (await (app ?? import('./app.tsx'))).showApp(config, outcome, firstResponses);
