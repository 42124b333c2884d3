import { timestamp } from 'drizzle-orm/pg-core';

/** When a row was made; every table that keeps it uses this one definition. */
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
