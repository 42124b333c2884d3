import { isUniqueViolation } from '../../db/errors.ts';
import { AppError } from '../errors.ts';

/** Runs a write whose only unique key is (workspace, name); a clash is a 409 naming the field. */
export async function uniqueName<T>(what: string, name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new AppError('conflict', `${what} named "${name}" already exists in this workspace.`, { problems: [{ field: 'body.name', message: 'is already taken in this workspace' }] });
    }
    throw err;
  }
}
