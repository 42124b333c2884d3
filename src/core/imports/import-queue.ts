/** The queue of import jobs, one per confirmed import. */
export const IMPORT_QUEUE = 'imports-run-v1';
