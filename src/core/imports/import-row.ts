/** Why a row cannot become a post; `code` is stable for the web app to word, `message` says it in English. */
export interface ImportRowError {
  code: string;
  message: string;
  params?: Record<string, string>;
}

/** One CSV row as read and checked. */
export interface ImportPreviewRow {
  /** 1 for the first row under the header. */
  row: number;
  /** The profiles as written in the file. */
  profiles: string[];
  profileIds: string[];
  text: string;
  date: string;
  time: string;
  tags: string[];
  campaign: string | null;
  link: string | null;
  errors: ImportRowError[];
}

/** What is kept of a valid row until the import job has made its post. */
export interface ImportReadyRow {
  row: number;
  profileIds: string[];
  text: string;
  date: string;
  time: string;
  tags: string[];
  campaignId: string | null;
  link: string | null;
}

export interface ImportPreview {
  rows: ImportPreviewRow[];
  valid: number;
  invalid: number;
  /** The importer's posts go through approval: they are imported as drafts to submit. */
  asDrafts: boolean;
}
