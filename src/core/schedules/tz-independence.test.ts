import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';
import { childEnv } from '../../config/index.ts';
import { allAnswers, allExpected } from './testing/cases.ts';

const run = promisify(execFile);
const script = fileURLToPath(new URL('./testing/print-answers.ts', import.meta.url));
const tsx = import.meta.resolve('tsx');

interface ChildReport {
  processZone: string;
  januaryOffsetMinutes: number;
  answers: Record<string, string | string[]>;
}

// Zones whose local-time Date methods disagree with each other and with the cases' zones, so any
// answer that leaned on the process's TZ would differ between them: UTC, a zone without DST, one
// west of UTC with DST, one with a 45-minute offset east of the date line, and one of the cases'.
const processZones: [string, number][] = [
  ['UTC', 0],
  ['Asia/Bangkok', -420],
  ['America/Los_Angeles', 480],
  ['Pacific/Chatham', -825],
  ['Europe/Athens', -120],
];

describe('schedules whatever the process TZ', () => {
  it('this process gives the expected answers', () => {
    assert.deepEqual(allAnswers(), allExpected());
  });

  it('child processes under five TZ values give the same answers', async () => {
    const reports = await Promise.all(
      processZones.map(async ([tz]) => {
        const { stdout } = await run(process.execPath, ['--import', tsx, script], { env: childEnv({ TZ: tz }), timeout: 60_000 });
        return JSON.parse(stdout) as ChildReport;
      }),
    );
    const expected = allExpected();
    reports.forEach((report, i) => {
      const [tz, offset] = processZones[i]!;
      // Proof that TZ took effect in the child: otherwise equal answers would prove nothing.
      assert.equal(report.processZone, tz);
      assert.equal(report.januaryOffsetMinutes, offset);
      assert.deepEqual(report.answers, expected, `answers under TZ=${tz}`);
    });
  });
});
