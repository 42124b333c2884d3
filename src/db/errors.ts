/** True when a statement failed with this SQLSTATE, however the driver wrapped it. */
function hasSqlState(err: unknown, state: string): boolean {
  for (let e: unknown = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === state) return true;
  }
  return false;
}

/** A unique constraint refused the statement (SQLSTATE 23505). */
export const isUniqueViolation = (err: unknown): boolean => hasSqlState(err, '23505');

/** A foreign key refused the statement (SQLSTATE 23503), e.g. deleting a row something still points at. */
export const isForeignKeyViolation = (err: unknown): boolean => hasSqlState(err, '23503');
