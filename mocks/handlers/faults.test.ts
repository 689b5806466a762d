// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { faults, mintToken } from '../../shared/testing/msw.ts';
import { API_GROUPS, type ApiGroup } from './faults.ts';

const API = 'http://localhost/api/v1';
/** One endpoint per API group. */
const ENDPOINT: Record<ApiGroup, string> = {
  status: '/status',
  specialists: '/specialties',
  appointments: '/patients/0000000000',
  messages: '/message-settings',
  'service-usage': '/service-usage?from=2025-01&to=2025-01',
  aim: '/aim/databases',
};
const get = async (group: ApiGroup, init: RequestInit = {}) =>
  fetch(`${API}${ENDPOINT[group]}`, { ...init, headers: { Authorization: `Bearer ${await mintToken()}` } });

describe('the fault switch for every API group', () => {
  it.each(API_GROUPS)('%s: 503 with Retry-After for the group, the others unaffected', async (group) => {
    faults.set({ api: group, fault: '503' });
    const response = await get(group);
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('2');
    expect(await response.json()).toMatchObject({ status: 503, title: expect.any(String) });
    const other = API_GROUPS.find((g) => g !== group && g !== 'appointments')!;
    expect((await get(other)).status).toBe(200);
  });

  it("'all' reaches every group, and 'none' clears it", async () => {
    faults.set({ api: 'all', fault: '500' });
    for (const group of API_GROUPS) expect((await get(group)).status).toBe(500);
    faults.set({ api: 'all', fault: 'none' });
    expect((await get('aim')).status).toBe(200);
  });

  it('timeout: by default the answer does not come within a client’s time limit', async () => {
    faults.set({ api: 'messages', fault: 'timeout' });
    const started = performance.now();
    await expect(get('messages', { signal: AbortSignal.timeout(300) })).rejects.toThrow(/abort|timeout/i);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('malformed and drop reach the new groups too', async () => {
    faults.set({ api: 'service-usage', fault: 'malformed' });
    await expect((await get('service-usage')).json()).rejects.toThrow(SyntaxError);
    faults.set({ api: 'aim', fault: 'drop' });
    await expect(get('aim')).rejects.toThrow(TypeError);
  });
});
