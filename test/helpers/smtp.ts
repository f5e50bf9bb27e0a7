import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type Received = { rcpt: string[]; mail: ParsedMail };

// A real SMTP server on the given port: no TLS, no authentication, every message parsed.
// `answerAfterMs`: it holds its "250 OK" that long after a message has arrived (a slow
// server: a sender killed meanwhile has sent the message but never heard it was taken).
export async function startSmtp(
  port: number,
  received: Received[],
  options: { answerAfterMs?: number } = {},
): Promise<SMTPServer> {
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    // No reverse DNS lookup of each client (this machine has no resolver to ask).
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push({ rcpt: session.envelope.rcptTo.map((r) => r.address), mail });
          setTimeout(() => callback(), options.answerAfterMs ?? 0);
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(port, '127.0.0.1', () => resolve());
  });
  return smtp;
}

export const closeSmtp = (smtp: SMTPServer) =>
  new Promise<void>((resolve) => smtp.close(() => resolve()));
