import assert from 'node:assert/strict';
import type { Failure, Outcome } from '../outcome.ts';

/** The value of an `ok` outcome; fails the test with the whole outcome otherwise. */
export function okValue<T>(outcome: Outcome<T>): T {
  if (outcome.kind !== 'ok') assert.fail(`expected ok, got ${JSON.stringify(outcome)}`);
  return outcome.value;
}

/** The failure of an outcome, asserted to be of one kind. */
export function failureOf<K extends Failure['kind']>(outcome: Outcome<unknown>, kind: K): Extract<Failure, { kind: K }> {
  if (outcome.kind !== kind) assert.fail(`expected ${kind}, got ${JSON.stringify(outcome)}`);
  return outcome as Extract<Failure, { kind: K }>;
}
