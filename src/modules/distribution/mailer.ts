/** Sends email over SMTP with nodemailer (SMTP_URL). One transport per process, pooled. */
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config/env.ts';

export interface OutgoingEmail {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
}

export class MailError extends Error {
  constructor(
    message: string,
    /** A 5xx answer from the receiving server: the address will not work, so it counts as a bounce. */
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

export class Mailer {
  private transport: Transporter | null = null;

  constructor(private readonly config: Pick<Config, 'smtpUrl' | 'mailFrom'>) {}

  get configured(): boolean {
    return Boolean(this.config.smtpUrl);
  }

  async send(mail: OutgoingEmail): Promise<void> {
    if (!this.config.smtpUrl) throw new MailError('email is not configured: set SMTP_URL', false);
    this.transport ??= nodemailer.createTransport(this.config.smtpUrl);
    try {
      await this.transport.sendMail({ from: this.config.mailFrom, ...mail });
    } catch (err) {
      const e = err as { responseCode?: number; message?: string };
      throw new MailError(e.message ?? String(err), typeof e.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600);
    }
  }

  close(): void {
    this.transport?.close();
    this.transport = null;
  }
}
