import { AppError } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';
import { findNetwork } from './find-network.ts';
import { appErrorOfFailure } from './network-failure.ts';
import { saveConnectedProfile } from './save-connected-profile.ts';

/** Connects a network that signs in with credentials (a Bluesky app password, say). */
export async function connectCredentialProfile(ctx: WorkspaceContext, input: { network: string; fields: Record<string, string> }): Promise<string> {
  const adapter = findNetwork(ctx, input.network);
  const connector = adapter.connector;
  if (connector?.kind !== 'credentials') {
    throw new AppError('validation_failed', `${adapter.manifest.name} connects through its own sign-in page: use /profiles/connect/${input.network}.`, {
      problems: [{ field: 'body.network', message: 'connects with OAuth' }],
    });
  }
  const wanted = adapter.manifest.auth.credentialFields ?? [];
  const fields: Record<string, string> = {};
  const problems = [];
  for (const f of wanted) {
    const value = input.fields[f.name] ?? f.defaultValue;
    if (!value) problems.push({ field: `body.${f.name}`, message: 'required' });
    else fields[f.name] = value;
  }
  const extra = Object.keys(input.fields).filter((k) => !wanted.some((f) => f.name === k));
  for (const k of extra) problems.push({ field: `body.${k}`, message: `not a field of ${adapter.manifest.name}` });
  if (problems.length) {
    throw new AppError('validation_failed', `Fill in: ${wanted.map((f) => f.name).join(', ')}.`, { problems });
  }
  const outcome = await connector.connect(ctx.networkHttp(`${input.network}:connect:${ctx.workspace.id}`), fields);
  if (outcome.kind !== 'ok') throw appErrorOfFailure(adapter.manifest.name, outcome);
  return saveConnectedProfile(ctx, { network: input.network, connectedWith: 'credentials', ...outcome.value });
}
