import { runHandoff } from '../../../shell/src/auth/handoff.ts';
import { readConfig } from '../../../shell/src/config.ts';

/**
 * The baseline's entry does what the shell's does (main.ts): the handoff first, the app loading in
 * parallel, so Klinik+ / plain measures the micro-frontend architecture and nothing else.
 */
const config = readConfig();
const app = window.location.pathname === '/plain/launch' ? null : import('./app.tsx');
const outcome = await runHandoff(config, '/plain');
if (outcome.kind !== 'redirecting') await (await (app ?? import('./app.tsx'))).showApp(config, outcome);
