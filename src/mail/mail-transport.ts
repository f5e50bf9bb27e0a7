// How a rendered message leaves the server: SMTP (SMTP_URL) or, outside production without
// it, an .eml file in the development mailbox (MAIL_DIR). No Nest here.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';

export type OutgoingMail = {
  // The notification id: names the .eml file.
  key: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  // BCP 47 tag of the message's language (Content-Language).
  language: string;
  // An iCalendar invitation or cancellation (session-calendar.ts): sent as a
  // `text/calendar; method=…` alternative, which calendar apps act on, and as invite.ics.
  calendar?: CalendarPart;
  // More headers (List-Unsubscribe, RFC 8058).
  headers?: Record<string, string>;
};

export type CalendarPart = { method: 'REQUEST' | 'CANCEL'; content: string };

export type MailTransport = {
  readonly description: string;
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
};

const message = (mail: OutgoingMail) => ({
  from: mail.from,
  to: mail.to,
  subject: mail.subject,
  text: mail.text,
  html: mail.html,
  messageId: mail.messageId,
  headers: {
    'Content-Language': mail.language,
    'Auto-Submitted': 'auto-generated',
    ...mail.headers,
  },
  ...(mail.calendar
    ? {
        icalEvent: {
          method: mail.calendar.method,
          filename: 'invite.ics',
          content: mail.calendar.content,
        },
      }
    : {}),
});

export function smtpTransport(url: string): MailTransport {
  // Short timeouts: a dispatch holds its claimed rows only for the lease.
  const transporter: Transporter = nodemailer.createTransport({
    url,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  const parsed = new URL(url);
  return {
    description: `SMTP ${parsed.protocol}//${parsed.host}`,
    async send(mail) {
      await transporter.sendMail(message(mail));
    },
    close() {
      transporter.close();
    },
  };
}

export function fileTransport(dir: string): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true });
  return {
    description: `files in ${dir}`,
    async send(mail) {
      const info = await transporter.sendMail(message(mail));
      await mkdir(dir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      await writeFile(join(dir, `${stamp}-${mail.key}.eml`), info.message);
    },
    close() {
      transporter.close();
    },
  };
}
