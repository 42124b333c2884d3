import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestSmtp {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  messages: ParsedMail[];
  /** The first message matching, once it has arrived; fails after a generous wait. */
  waitFor(match: (m: ParsedMail) => boolean, what: string): Promise<ParsedMail>;
  stop(): Promise<void>;
}

/** A real SMTP server in the test process that keeps every message it receives, parsed. */
export async function startTestSmtp(): Promise<TestSmtp> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async waitFor(match, what) {
      for (let i = 0; i < 300; i++) {
        const found = messages.find(match);
        if (found) return found;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`no email arrived: ${what}; got ${messages.map((m) => `${String(m.to && 'text' in m.to ? m.to.text : '')}: ${m.subject}`).join(', ')}`);
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
