import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDisplayZone, rememberDisplayZone } from './display-zone.ts';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

describe('display zone', () => {
  it('is the workspace zone until a person picks another, and is kept per person', () => {
    const storage = memoryStorage();
    assert.equal(readDisplayZone(storage, 'ana', 'Europe/Athens'), 'Europe/Athens');
    rememberDisplayZone(storage, 'ana', 'Asia/Bangkok', 'Europe/Athens');
    assert.equal(readDisplayZone(storage, 'ana', 'Europe/Athens'), 'Asia/Bangkok');
    assert.equal(readDisplayZone(storage, 'ben', 'Europe/Athens'), 'Europe/Athens');
  });

  it('forgets the choice when it is the workspace zone again', () => {
    const storage = memoryStorage();
    rememberDisplayZone(storage, 'ana', 'Asia/Bangkok', 'Europe/Athens');
    rememberDisplayZone(storage, 'ana', 'Europe/Athens', 'Europe/Athens');
    assert.equal(storage.items.size, 0);
    assert.equal(readDisplayZone(storage, 'ana', 'America/New_York'), 'America/New_York');
  });

  it('ignores a stored value that is not a time zone, and storage that throws', () => {
    const storage = memoryStorage();
    storage.items.set('canopy.calendar.zone.ana', 'Mars/Olympus');
    assert.equal(readDisplayZone(storage, 'ana', 'UTC'), 'UTC');
    const blocked = { getItem: (): string | null => { throw new Error('blocked'); } };
    assert.equal(readDisplayZone(blocked, 'ana', 'UTC'), 'UTC');
  });
});
