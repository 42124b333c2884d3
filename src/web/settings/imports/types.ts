import type { ImportPreview } from '../../../core/imports/import-row.ts';
import type { ImportView } from '../../../core/imports/get-import.ts';

export type { ImportPreview };
export type ImportPreviewRow = ImportPreview['rows'][number];
export type ImportRowError = ImportPreviewRow['errors'][number];
export type ImportProgress = Omit<ImportView, 'createdAt' | 'finishedAt'> & { createdAt: string; finishedAt: string | null };
