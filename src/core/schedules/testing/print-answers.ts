// Run by the TZ-independence test in a child process with some TZ: prints the zone the process
// really runs in (so the test knows TZ took effect) and every schedule case's answer, as JSON.
import { allAnswers } from './cases.ts';

const processZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
// Local-time Date methods are what a TZ leak would go through; report what they say here.
const januaryOffsetMinutes = new Date(Date.UTC(2026, 0, 15, 12)).getTimezoneOffset();
process.stdout.write(`${JSON.stringify({ processZone, januaryOffsetMinutes, answers: allAnswers() })}\n`);
