import type { campaigns, UtmTemplate } from '../../db/schema.ts';

export interface CampaignView {
  id: string;
  name: string;
  color: string;
  utm: UtmTemplate;
  createdAt: Date;
}

export interface CampaignInput {
  name: string;
  color: string;
  utm: UtmTemplate;
}

export function campaignView(row: typeof campaigns.$inferSelect): CampaignView {
  return { id: row.id, name: row.name, color: row.color, utm: row.utm, createdAt: row.createdAt };
}
