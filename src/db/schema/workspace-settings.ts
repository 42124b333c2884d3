// The shapes of a workspace's settings kept as JSON in its row.

/** A workspace's content policy, checked in Compose and at submission. */
export interface WorkspacePolicy {
  requireAltText: boolean;
  bannedTerms: string[];
  /** Text a paid post must carry, e.g. "#ad". */
  paidDisclosure?: string;
  /** 'block' refuses submission and scheduling of a post that breaks the policy; 'warn' only shows it. */
  enforce: 'warn' | 'block';
}

/** A workspace's link settings. */
export interface WorkspaceLinks {
  shortener: 'none' | 'canopy' | 'bitly';
  /** Sealed with the secret box. */
  bitlyToken?: string;
}

/** When the team answers the inbox, and how soon it means to. */
export interface WorkspaceInboxSettings {
  /** Weekly hours in the workspace's zone (ISO weekdays, 1 Monday … 7 Sunday; HH:mm); null: always. */
  businessHours: { days: number[]; start: string; end: string } | null;
  /** The first answer is due within this many business minutes; null: no target. */
  slaMinutes: number | null;
}
