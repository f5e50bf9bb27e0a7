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
  // The end of a dispatch batch: connections opened for it are closed.
  endBatch(): void;
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
  // One pooled connection per dispatch batch: a batch's messages share it (a connection
  // and its greeting cost far more than a message), and none is left open between
  // batches. Short timeouts: a dispatch holds its claimed rows only for the lease.
  let batch: Transporter | undefined;
  const open = () =>
    (batch ??= nodemailer.createTransport({
      url,
      pool: true,
      maxConnections: 1,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    }));
  const endBatch = () => {
    batch?.close();
    batch = undefined;
  };
  const parsed = new URL(url);
  return {
    description: `SMTP ${parsed.protocol}//${parsed.host}`,
    async send(mail) {
      await open().sendMail(message(mail));
    },
    endBatch,
    close: endBatch,
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
    endBatch() {
      // nothing held between messages
    },
    close() {
      transporter.close();
    },
  };
}
