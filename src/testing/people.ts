import { TestClient, uniqueEmail } from './client.ts';

export interface Owner {
  client: TestClient;
  email: string;
  userId: string;
  organizationId: string;
}

export const PASSWORD = 'a long enough password';

/** Signs up a new organization; the returned client holds the owner's session. */
export async function signUpOwner(baseUrl: string, organization = 'Acme'): Promise<Owner> {
  const client = new TestClient(baseUrl);
  const email = uniqueEmail('owner');
  const res = await client.post<{ user: { id: string }; organization: { id: string } }>('/api/v1/auth/signup', {
    email,
    password: PASSWORD,
    name: 'Olivia Owner',
    organization,
  });
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { client, email, userId: res.body.user.id, organizationId: res.body.organization.id };
}

export async function createWorkspace(owner: Owner, name = 'Brand', timezone = 'Europe/Athens', locale = 'el'): Promise<string> {
  const res = await owner.client.post<{ id: string }>('/api/v1/workspaces', { name, timezone, locale });
  if (res.status !== 201) throw new Error(`workspace failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

/** Invites a new person to a workspace with a role and has them accept; returns their signed-in client. */
export async function addMember(owner: Owner, workspaceId: string, role: string, who = 'member'): Promise<{ client: TestClient; userId: string; email: string }> {
  const email = uniqueEmail(who);
  const inv = await owner.client.post<{ url: string }>(`/api/v1/workspaces/${workspaceId}/invitations`, { email, role });
  if (inv.status !== 201) throw new Error(`invite failed: ${inv.status} ${JSON.stringify(inv.body)}`);
  const token = inv.body.url.split('/invite/')[1]!;
  const client = new TestClient(owner.client.baseUrl);
  const accepted = await client.post(`/api/v1/invitations/${token}/accept`, { name: `Member ${role}`, password: PASSWORD });
  if (accepted.status !== 200) throw new Error(`accept failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  const me = await client.get<{ user: { id: string } }>('/api/v1/me');
  return { client, userId: me.body.user.id, email };
}
