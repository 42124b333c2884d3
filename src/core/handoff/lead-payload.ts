import type { inboxItems } from '../../db/schema.ts';

/** What a receiver gets for one sales lead; the body of the signed webhook. */
export interface LeadPayload {
  event: 'inbox.sales_lead';
  item: {
    id: string;
    network: string;
    text: string;
    author: { handle: string; name: string; remoteId: string };
    url: string | null;
    sentAt: string;
    tags: string[];
    task: { type: string; priority: string | null };
  };
  workspace: { id: string };
  sentAt: string;
}

export function leadPayload(item: typeof inboxItems.$inferSelect, now: Date): LeadPayload {
  return {
    event: 'inbox.sales_lead',
    item: {
      id: item.id,
      network: item.network,
      text: item.text,
      author: { handle: item.authorHandle, name: item.authorName, remoteId: item.authorRemoteId },
      url: item.url,
      sentAt: item.sentAt.toISOString(),
      tags: item.tags,
      task: { type: item.taskType ?? 'sales_lead', priority: item.taskPriority },
    },
    workspace: { id: item.workspaceId },
    sentAt: now.toISOString(),
  };
}

/** A made-up lead for "send a test", so a receiver can be tried before a real one arrives. */
export function sampleLeadPayload(workspaceId: string, now: Date): LeadPayload {
  return {
    event: 'inbox.sales_lead',
    item: {
      id: '00000000-0000-0000-0000-000000000000',
      network: 'sample',
      text: 'Hello! Could you send me your prices for a team of ten?',
      author: { handle: 'sample.lead', name: 'Sample Lead', remoteId: 'sample' },
      url: null,
      sentAt: now.toISOString(),
      tags: ['test'],
      task: { type: 'sales_lead', priority: 'normal' },
    },
    workspace: { id: workspaceId },
    sentAt: now.toISOString(),
  };
}
