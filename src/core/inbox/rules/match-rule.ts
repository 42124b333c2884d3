import type { InboxRuleConditions, WorkspaceInboxSettings } from '../../../db/schema.ts';
import { withinBusinessHours } from '../business-time.ts';

export interface RuleSubject {
  network: string;
  profileId: string;
  kind: 'comment' | 'mention' | 'message';
  sentiment: 'positive' | 'neutral' | 'negative';
  authorHandle: string;
  text: string;
  receivedAt: Date;
}

const normal = (s: string) => s.toLocaleLowerCase().normalize('NFC');

/** Whether an item meets every condition a rule gives; a rule with none meets everything. */
export function matchesRule(item: RuleSubject, c: InboxRuleConditions, hours: { zone: string; settings: WorkspaceInboxSettings }): boolean {
  if (c.keywords?.length && !c.keywords.some((k) => normal(item.text).includes(normal(k)))) return false;
  if (c.networks?.length && !c.networks.includes(item.network)) return false;
  if (c.profileIds?.length && !c.profileIds.includes(item.profileId)) return false;
  if (c.kinds?.length && !c.kinds.includes(item.kind)) return false;
  if (c.sentiments?.length && !c.sentiments.includes(item.sentiment)) return false;
  if (c.authors?.length && !c.authors.some((a) => normal(a.replace(/^@/, '')) === normal(item.authorHandle.replace(/^@/, '')))) return false;
  if (c.businessHours) {
    const inside = withinBusinessHours(hours.settings.businessHours, hours.zone, item.receivedAt);
    if ((c.businessHours === 'inside') !== inside) return false;
  }
  return true;
}
