import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CredentialConnector } from '../adapter.ts';
import { testHttp } from '../testing/session.ts';
import { fakeNetworkFor, graphError } from '../meta/graph-fixtures.ts';
import { createWhatsAppAdapter } from './index.ts';

const NUMBER = '106540352242922';

describe('WhatsApp connector', () => {
  const { fake, subject: connector } = fakeNetworkFor((url) => createWhatsAppAdapter({ whatsapp: url }).connector as CredentialConnector);

  it('connects a business number by reading it with the system-user token', async () => {
    fake.on(`GET /v24.0/${NUMBER}`, { body: { id: NUMBER, display_phone_number: '+30 21 0000 0000', verified_name: 'Φούρνος Αθηνών' } });
    const res = await connector.connect(testHttp(), { phoneNumberId: ` ${NUMBER} `, accessToken: 'system-user-token' });
    assert.deepEqual(res, {
      kind: 'ok',
      value: {
        credentials: { accessToken: 'system-user-token', extra: { phoneNumberId: NUMBER } },
        account: { remoteId: NUMBER, handle: '+30 21 0000 0000', displayName: 'Φούρνος Αθηνών' },
      },
    });
    const sent = fake.sent(`GET /v24.0/${NUMBER}`).at(-1);
    assert.equal(sent?.headers.authorization, 'Bearer system-user-token');
    assert.equal(sent?.query.get('fields'), 'id,display_phone_number,verified_name');
  });

  it('refuses a malformed phone number id or a missing token without calling Meta', async () => {
    const before = fake.requests.length;
    assert.equal((await connector.connect(testHttp(), { phoneNumberId: '+30 210', accessToken: 't' })).kind, 'rejected');
    assert.equal((await connector.connect(testHttp(), { phoneNumberId: NUMBER, accessToken: '' })).kind, 'rejected');
    assert.equal(fake.requests.length, before);
  });

  it('keeps the credentials on refresh while the token works', async () => {
    fake.on(`GET /v24.0/${NUMBER}`, { body: { id: NUMBER } });
    const credentials = { accessToken: 'system-user-token', refreshToken: 'none-but-kept', extra: { phoneNumberId: NUMBER } };
    const res = await connector.refresh(testHttp(), { credentials, account: { remoteId: NUMBER, handle: 'x', displayName: 'x' } });
    assert.deepEqual(res, { kind: 'ok', value: credentials });
  });

  it('reads a revoked token as unauthorized and an outage as transient', async () => {
    const account = { remoteId: NUMBER, handle: 'x', displayName: 'x' };
    fake.on(`GET /v24.0/${NUMBER}`, graphError(190, 'Error validating access token: The session has been invalidated', { subcode: 467 }));
    const revoked = await connector.refresh(testHttp(), { credentials: { accessToken: 't' }, account });
    assert.ok(revoked.kind === 'unauthorized' && revoked.reason.startsWith('invalid_grant: '));
    fake.on(`GET /v24.0/${NUMBER}`, { status: 503, body: 'unavailable' });
    assert.equal((await connector.refresh(testHttp(), { credentials: { accessToken: 't' }, account })).kind, 'transient');
  });
});
