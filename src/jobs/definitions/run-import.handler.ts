import { runImport } from '../../core/imports/run-import.ts';
import type { AppContext } from '../../core/types.ts';

export default async function handleRunImport(app: AppContext, payload: { importId: string }): Promise<void> {
  await runImport(app, payload);
}
