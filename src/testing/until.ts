import assert from 'node:assert/strict';

/** Waits, looking every 100 ms for up to 30 s, until `done` says yes; else fails naming `what`. */
export async function until(what: string, done: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await done()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`waited in vain for ${what}`);
}
