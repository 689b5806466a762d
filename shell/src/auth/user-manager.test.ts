import { afterEach, describe, expect, it, vi } from 'vitest';
import { createUserManager, forgetIssuer, rememberMetadata } from './user-manager.ts';

const issuer = { issuer: 'http://127.0.0.1:4100', clientId: 'klinik-plus' };
const discovery = {
  issuer: issuer.issuer,
  authorization_endpoint: `${issuer.issuer}/auth`,
  token_endpoint: `${issuer.issuer}/token`,
};

describe('the discovery document from /launch', () => {
  afterEach(() => {
    forgetIssuer();
    vi.unstubAllGlobals();
  });

  it('is read once per launch: the callback page uses what /launch read, for the same issuer only', async () => {
    const fetch = vi.fn(async () => Response.json(discovery));
    vi.stubGlobal('fetch', fetch);
    await rememberMetadata(createUserManager(issuer));
    expect(fetch).toHaveBeenCalledTimes(1);

    const onCallback = createUserManager(issuer);
    expect(await onCallback.metadataService.getTokenEndpoint()).toBe(discovery.token_endpoint);
    expect(fetch).toHaveBeenCalledTimes(1);

    const otherIssuer = createUserManager({ ...issuer, issuer: 'http://127.0.0.1:4200' });
    await otherIssuer.metadataService.getMetadata();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('is forgotten with the issuer at logout', async () => {
    const fetch = vi.fn(async () => Response.json(discovery));
    vi.stubGlobal('fetch', fetch);
    await rememberMetadata(createUserManager(issuer));
    forgetIssuer();
    await createUserManager(issuer).metadataService.getMetadata();
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
