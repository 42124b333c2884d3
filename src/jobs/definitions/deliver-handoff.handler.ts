import { deliverHandoff } from '../../core/handoff/deliver-handoff.ts';
import type { AppContext } from '../../core/types.ts';

export default async function handleDeliverHandoff(app: AppContext, payload: { deliveryId: string }): Promise<void> {
  await deliverHandoff(app, payload.deliveryId);
}
