// The development mailbox: the .eml files the file transport writes (no SMTP_URL, outside
// production), newest first, as the /dev/mail page lists them. No Nest here.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';

export type MailboxEntry = {
  id: string;
  subject: string;
  to: string;
  from: string;
  date: string | null;
  language: string | null;
  text: string;
};

const FILE = /^[\w.-]+\.eml$/;

export async function readMailbox(dir: string, limit = 50): Promise<MailboxEntry[]> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => FILE.test(f));
  } catch {
    return []; // nothing sent yet: the folder does not exist
  }
  // File names start with the time they were written (ISO, sortable).
  const newest = files.sort().reverse().slice(0, limit);
  return Promise.all(
    newest.map(async (file) => {
      const mail = await simpleParser(await readFile(join(dir, file)));
      const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : mail.to?.text;
      const language = mail.headers.get('content-language');
      return {
        id: file.replace(/\.eml$/, ''),
        subject: mail.subject ?? '',
        to: to ?? '',
        from: mail.from?.text ?? '',
        date: mail.date ? mail.date.toISOString() : null,
        language: typeof language === 'string' ? language : null,
        text: mail.text ?? '',
      };
    }),
  );
}
