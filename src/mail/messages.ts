// The words of every email, in English and in neutral Latin American Spanish (es-419:
// "ustedes", inclusive "persona mentora" / "persona mentoreada"). Each message is written
// once as blocks and rendered to a plain-text and a simple, accessible HTML part.
// Plain TypeScript, no Nest: the dispatcher loads the data and passes it in.
import { DateTime } from 'luxon';

export type MailLanguage = 'EN' | 'ES';

export type Recipient = {
  displayName: string;
  preferredLanguage: MailLanguage;
  // IANA zone: dates are written in it, with its name.
  timezone: string;
};

export type MatchProposedData = {
  kind: 'MATCH_PROPOSED';
  menteeName: string;
  expiresAt: Date;
  sharedLanguages: readonly MailLanguage[];
  sharedInterests: readonly string[];
  overlapMinutesPerWeek: number;
};

export type MatchExpiredData = {
  kind: 'MATCH_EXPIRED';
  menteeName: string;
  expiredAt: Date;
};

export type MessageData = MatchProposedData | MatchExpiredData;

export type RenderedMessage = { subject: string; text: string; html: string };

type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; title: string; items: string[] }
  | { kind: 'action'; label: string; url: string };

type Letter = { lang: MailLanguage; subject: string; greeting: string; blocks: Block[] };

const LOCALES: Record<MailLanguage, string> = { EN: 'en', ES: 'es-419' };

const LANGUAGE_NAMES: Record<MailLanguage, Record<MailLanguage, string>> = {
  EN: { EN: 'English', ES: 'Spanish' },
  ES: { EN: 'inglés', ES: 'español' },
};

// "Friday, March 12, 2027, 6:00 PM (America/Bogota)": the zone by its IANA name, which
// says where the time is meant even when the reader's device is elsewhere.
export function formatInstant(at: Date, lang: MailLanguage, zone: string): string {
  const local = DateTime.fromJSDate(at, { zone }).setLocale(LOCALES[lang]);
  const text = local.toLocaleString({
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
  return `${text} (${zone})`;
}

function hoursPerWeek(minutes: number, lang: MailLanguage): string {
  const hours = Math.round((minutes / 60) * 2) / 2;
  const n = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 }).format(hours);
  if (lang === 'ES') {
    return hours === 1 ? `${n} hora por semana` : `${n} horas por semana`;
  }
  return hours === 1 ? `${n} hour a week` : `${n} hours a week`;
}

function reasons(d: MatchProposedData, lang: MailLanguage): string[] {
  const items: string[] = [];
  const languages = d.sharedLanguages.map((l) => LANGUAGE_NAMES[lang][l]).join(', ');
  if (languages) {
    items.push(lang === 'ES' ? `Idiomas en común: ${languages}` : `Shared languages: ${languages}`);
  }
  if (d.sharedInterests.length > 0) {
    const interests = d.sharedInterests.join(', ');
    items.push(
      lang === 'ES' ? `Intereses en común: ${interests}` : `Shared interests: ${interests}`,
    );
  }
  if (d.overlapMinutesPerWeek > 0) {
    const hours = hoursPerWeek(d.overlapMinutesPerWeek, lang);
    items.push(
      lang === 'ES'
        ? `Horarios compatibles: unas ${hours} en que ambas personas están disponibles`
        : `Time together: about ${hours} when you are both available`,
    );
  }
  return items;
}

function matchProposed(d: MatchProposedData, r: Recipient, publicUrl: string): Letter {
  const lang = r.preferredLanguage;
  const answerBy = formatInstant(d.expiresAt, lang, r.timezone);
  const why = reasons(d, lang);
  const url = `${publicUrl}/matches`;
  if (lang === 'ES') {
    return {
      lang,
      subject: `Nueva propuesta: ser la persona mentora de ${d.menteeName}`,
      greeting: `Hola, ${r.displayName}:`,
      blocks: [
        {
          kind: 'paragraph',
          text: `Puente te propone ser la persona mentora de ${d.menteeName}, una persona mentoreada de tu cohorte.`,
        },
        why.length > 0
          ? { kind: 'list', title: 'Por qué esta propuesta:', items: why }
          : {
              kind: 'paragraph',
              text: 'El emparejamiento encontró que sus perfiles son compatibles.',
            },
        {
          kind: 'paragraph',
          text: `Acepta o rechaza la propuesta antes del ${answerBy}. Si no hay respuesta, la propuesta vence y tu lugar queda libre.`,
        },
        { kind: 'action', label: 'Responder la propuesta', url },
      ],
    };
  }
  return {
    lang,
    subject: `New proposal: mentor ${d.menteeName}`,
    greeting: `Hello ${r.displayName},`,
    blocks: [
      {
        kind: 'paragraph',
        text: `Puente proposes that you mentor ${d.menteeName}, a mentee in your cohort.`,
      },
      why.length > 0
        ? { kind: 'list', title: 'Why this match:', items: why }
        : { kind: 'paragraph', text: 'The matching found your profiles compatible.' },
      {
        kind: 'paragraph',
        text: `Please accept or decline by ${answerBy}. Without an answer the proposal expires and your place is freed.`,
      },
      { kind: 'action', label: 'Answer the proposal', url },
    ],
  };
}

function matchExpired(d: MatchExpiredData, r: Recipient, publicUrl: string): Letter {
  const lang = r.preferredLanguage;
  const at = formatInstant(d.expiredAt, lang, r.timezone);
  const url = `${publicUrl}/matches`;
  if (lang === 'ES') {
    return {
      lang,
      subject: `Propuesta vencida: ${d.menteeName}`,
      greeting: `Hola, ${r.displayName}:`,
      blocks: [
        {
          kind: 'paragraph',
          text: `La propuesta de ser la persona mentora de ${d.menteeName} venció el ${at} sin respuesta, y tu lugar quedó libre.`,
        },
        {
          kind: 'paragraph',
          text: 'No necesitas hacer nada: las personas coordinadoras del programa darán seguimiento.',
        },
        { kind: 'action', label: 'Ver tus emparejamientos', url },
      ],
    };
  }
  return {
    lang,
    subject: `Proposal expired: ${d.menteeName}`,
    greeting: `Hello ${r.displayName},`,
    blocks: [
      {
        kind: 'paragraph',
        text: `The proposal to mentor ${d.menteeName} expired on ${at} without an answer, and your place was freed.`,
      },
      {
        kind: 'paragraph',
        text: 'There is nothing you need to do: the program leads will follow up.',
      },
      { kind: 'action', label: 'See your matches', url },
    ],
  };
}

const SIGNATURE: Record<MailLanguage, string> = {
  EN: 'The Puente mentorship program',
  ES: 'El programa de mentorías Puente',
};

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function toText(letter: Letter): string {
  const parts = [letter.greeting];
  for (const b of letter.blocks) {
    switch (b.kind) {
      case 'paragraph':
        parts.push(b.text);
        break;
      case 'list':
        parts.push([b.title, ...b.items.map((i) => `- ${i}`)].join('\n'));
        break;
      case 'action':
        parts.push(`${b.label}: ${b.url}`);
        break;
    }
  }
  parts.push(`-- \n${SIGNATURE[letter.lang]}`);
  return parts.join('\n\n') + '\n';
}

function toHtml(letter: Letter): string {
  const body = [`<p>${escapeHtml(letter.greeting)}</p>`];
  for (const b of letter.blocks) {
    switch (b.kind) {
      case 'paragraph':
        body.push(`<p>${escapeHtml(b.text)}</p>`);
        break;
      case 'list':
        body.push(
          `<p>${escapeHtml(b.title)}</p>\n<ul>\n${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('\n')}\n</ul>`,
        );
        break;
      case 'action':
        body.push(`<p><a href="${escapeHtml(b.url)}">${escapeHtml(b.label)}</a></p>`);
        break;
    }
  }
  body.push(`<p>${escapeHtml(SIGNATURE[letter.lang])}</p>`);
  return [
    '<!doctype html>',
    `<html lang="${LOCALES[letter.lang]}">`,
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(letter.subject)}</title></head>`,
    '<body style="font-family: sans-serif; font-size: 16px; line-height: 1.5; max-width: 40em">',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

// `publicUrl` without a trailing slash: the base of every link.
export function renderMessage(
  data: MessageData,
  recipient: Recipient,
  publicUrl: string,
): RenderedMessage {
  const base = publicUrl.replace(/\/+$/, '');
  let letter: Letter;
  switch (data.kind) {
    case 'MATCH_PROPOSED':
      letter = matchProposed(data, recipient, base);
      break;
    case 'MATCH_EXPIRED':
      letter = matchExpired(data, recipient, base);
      break;
  }
  return { subject: letter.subject, text: toText(letter), html: toHtml(letter) };
}
