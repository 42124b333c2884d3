import nodemailer, { type Transporter } from 'nodemailer';

let cached: { url: string; transport: Transporter } | null = null;

/** One pooled SMTP connection per process, made on first use. */
export function mailTransport(smtpUrl: string): Transporter {
  if (cached?.url !== smtpUrl) {
    cached?.transport.close();
    cached = { url: smtpUrl, transport: nodemailer.createTransport(smtpUrl) };
  }
  return cached.transport;
}
