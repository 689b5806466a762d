import type Provider from 'oidc-provider';
import { ROLE_LABELS } from '../../shared/src/auth/permissions.ts';
import { CLINICS, DEMO_USERS } from '../data/clinics.ts';
import { escapeHtml, readBody } from './http.ts';
import type { LaunchRegistry } from './launches.ts';

type Middleware = Parameters<Provider['use']>[0];

/** The login page for a re-login without a launch: the demo users, in Danish. */
function loginPage(uid: string, preselected?: string): string {
  const options = DEMO_USERS.map((user) => {
    const clinic = CLINICS.find((c) => c.ydernummer === user.ydernummer)!;
    const id = `user-${user.accountId.replace(/\W/g, '-')}`;
    const checked = user.accountId === preselected ? ' checked' : '';
    return `<li><input type="radio" name="accountId" id="${id}" value="${escapeHtml(user.accountId)}" required${checked}>
      <label for="${id}">${escapeHtml(user.name)}, ${ROLE_LABELS[user.role].da}, ${escapeHtml(clinic.name)} (ydernr. ${clinic.ydernummer})</label></li>`;
  }).join('\n');
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Log ind – 1Login (demo)</title><link rel="stylesheet" href="/simulator/style.css"><link rel="icon" href="data:,"></head>
<body><main class="card"><h1>Log ind</h1><p>Demo af 1Login. Vælg den bruger, du vil logge ind som.</p>
<form method="post" action="/interaction/${escapeHtml(uid)}/login"><fieldset><legend>Demobrugere</legend><ul class="choices">${options}</ul></fieldset>
<button type="submit">Log ind</button></form></main></body></html>`;
}

/**
 * Interaction routes: with a launch, the practice system has already authenticated the user, so the
 * provider logs in the launch's account without a page ("1Login mode"). Without one, the last launch
 * of this browser session continues, or the demo login page asks who you are.
 */
export function interactionRoutes(provider: Provider, launches: LaunchRegistry): Middleware {
  return async (ctx, next) => {
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(ctx.path);
    if (!match) return next();
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    const finish = async (accountId: string, amr: string[]) => {
      const target = await provider.interactionResult(
        ctx.req,
        ctx.res,
        { login: { accountId, amr } },
        { mergeWithLastSubmission: false },
      );
      ctx.status = 303;
      ctx.redirect(target);
    };

    if (match[2] && ctx.method === 'POST') {
      const accountId = new URLSearchParams(await readBody(ctx.req)).get('accountId');
      if (!accountId || !DEMO_USERS.some((u) => u.accountId === accountId))
        return ctx.throw(400, 'Ukendt bruger');
      return finish(accountId, ['pwd']);
    }
    if (details.prompt.name !== 'login')
      ctx.throw(
        400,
        `Unexpected prompt ${details.prompt.name} ${JSON.stringify(details.prompt.reasons)} ${JSON.stringify(details.prompt.details)}`,
      );

    const launch =
      typeof details.params.launch === 'string' ? launches.peek(details.params.launch) : undefined;
    if (launch) return finish(launch.accountId, ['lps-launch']);
    const last = launches.lastForSession(details.session?.uid);
    ctx.type = 'html';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = loginPage(details.uid, last?.accountId);
  };
}
