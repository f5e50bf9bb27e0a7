// The words of every email, in English and in neutral Latin American Spanish (es-419:
// "ustedes", inclusive "persona mentora" / "persona mentoreada"). Each message is written
// once as blocks and rendered to a plain-text and a simple, accessible HTML part.
// Plain TypeScript, no Nest: the dispatcher loads the data and passes it in.
import { DateTime } from 'luxon';
import type { CalendarPart } from './mail-transport';

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
} & AnswerLinks;

// A proposal's answer links (answer-links.ts): each opens a confirmation page.
export type AnswerLinks = { acceptUrl: string; declineUrl: string };

export type MatchExpiredData = {
  kind: 'MATCH_EXPIRED';
  menteeName: string;
  expiredAt: Date;
};

// Account security: the link is the secret; `expiresAt` says until when it works.
export type AccountLinkData = {
  kind: 'VERIFY_EMAIL' | 'PASSWORD_RESET';
  link: string;
  expiresAt: Date;
};

// To the mentee: her mentor said yes; the two may now write to each other.
export type MatchAcceptedData = {
  kind: 'MATCH_ACCEPTED';
  mentorName: string;
  mentorEmail: string;
};

// To the mentee: the proposal did not work out (no name, no reason).
export type StillLookingData = { kind: 'MATCH_STILL_LOOKING' };

// To each person of a pair that has not met yet, or not for a long while.
export type CheckInNudgeData = {
  kind: 'CHECK_IN_NUDGE';
  otherName: string;
  reason: 'NEVER_MET' | 'SILENT';
};

// To leads: a message that could not be delivered after every retry.
export type MailFailedData = {
  kind: 'MAIL_FAILED';
  failedKind: string;
  recipientName: string | null;
  attempts: number;
  error: string;
};

// To a mentor, 48 hours before an unanswered proposal expires.
export type MatchReminderData = {
  kind: 'MATCH_REMINDER';
  menteeName: string;
  expiresAt: Date;
} & AnswerLinks;

// To each of the two people of a session: booked, moved, cancelled, or starting within 24
// hours. `otherName` is the other person; `byReader`, whether the reader made the change.
export type SessionMailData = {
  kind: 'SESSION_SCHEDULED' | 'SESSION_MOVED' | 'SESSION_CANCELLED' | 'SESSION_REMINDER';
  otherName: string;
  byReader: boolean;
  startsAt: Date;
  durationMinutes: number;
  // SESSION_MOVED: the time it had before.
  previousStartsAt: Date | null;
  agenda: string | null;
  // SESSION_CANCELLED: the reason given.
  reason: string | null;
  // The invitation or cancellation for the reader's calendar (none with a reminder).
  calendar: CalendarPart | null;
};

// To the remaining person of a live match whose other person deleted their account: the
// mentorship ended, or (to a mentor) a waiting proposal was withdrawn. No name: it is gone.
export type PartnerLeftData = {
  kind: 'MATCH_PARTNER_LEFT';
  wasProposal: boolean;
  cohortName: string;
};

export type MessageData =
  | PartnerLeftData
  | CheckInNudgeData
  | SessionMailData
  | MatchReminderData
  | MailFailedData
  | MatchProposedData
  | MatchExpiredData
  | AccountLinkData
  | MatchAcceptedData
  | StillLookingData;

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
        { kind: 'action', label: 'Aceptar la propuesta', url: d.acceptUrl },
        { kind: 'action', label: 'Rechazar la propuesta', url: d.declineUrl },
        {
          kind: 'paragraph',
          text: `Cada enlace abre una página para confirmar; no necesitas iniciar sesión. También puedes responder en ${url}`,
        },
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
      { kind: 'action', label: 'Accept the proposal', url: d.acceptUrl },
      { kind: 'action', label: 'Decline the proposal', url: d.declineUrl },
      {
        kind: 'paragraph',
        text: `Each link opens a page where you confirm; no login needed. You can also answer at ${url}`,
      },
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

function matchReminder(d: MatchReminderData, r: Recipient, publicUrl: string): Letter {
  const lang = r.preferredLanguage;
  const answerBy = formatInstant(d.expiresAt, lang, r.timezone);
  const url = `${publicUrl}/matches`;
  if (lang === 'ES') {
    return {
      lang,
      subject: `Recordatorio: la propuesta de ${d.menteeName} vence pronto`,
      greeting: `Hola, ${r.displayName}:`,
      blocks: [
        {
          kind: 'paragraph',
          text: `Todavía no respondiste la propuesta de ser la persona mentora de ${d.menteeName}. Vence el ${answerBy}.`,
        },
        {
          kind: 'paragraph',
          text: 'Si no puedes aceptarla, rechazarla también ayuda: así buscamos antes a otra persona mentora.',
        },
        { kind: 'action', label: 'Aceptar la propuesta', url: d.acceptUrl },
        { kind: 'action', label: 'Rechazar la propuesta', url: d.declineUrl },
        { kind: 'paragraph', text: `También puedes responder en ${url}` },
      ],
    };
  }
  return {
    lang,
    subject: `Reminder: the proposal for ${d.menteeName} expires soon`,
    greeting: `Hello ${r.displayName},`,
    blocks: [
      {
        kind: 'paragraph',
        text: `You have not answered the proposal to mentor ${d.menteeName} yet. It expires on ${answerBy}.`,
      },
      {
        kind: 'paragraph',
        text: 'If you cannot take it, declining helps too: we can then look for another mentor sooner.',
      },
      { kind: 'action', label: 'Accept the proposal', url: d.acceptUrl },
      { kind: 'action', label: 'Decline the proposal', url: d.declineUrl },
      { kind: 'paragraph', text: `You can also answer at ${url}` },
    ],
  };
}

function matchAccepted(d: MatchAcceptedData, r: Recipient, publicUrl: string): Letter {
  const lang = r.preferredLanguage;
  const url = `${publicUrl}/matches`;
  if (lang === 'ES') {
    return {
      lang,
      subject: `${d.mentorName} aceptó ser tu persona mentora`,
      greeting: `Hola, ${r.displayName}:`,
      blocks: [
        {
          kind: 'paragraph',
          text: `¡Buenas noticias! ${d.mentorName} aceptó ser tu persona mentora en Puente.`,
        },
        {
          kind: 'list',
          title: 'Para empezar:',
          items: [
            `Escríbele a ${d.mentorEmail} para presentarte y contar qué te gustaría aprender.`,
            'Acuerden juntos su primera sesión y regístrenla en Puente, para que las dos personas la vean en su calendario.',
          ],
        },
        { kind: 'action', label: 'Ver tu emparejamiento', url },
      ],
    };
  }
  return {
    lang,
    subject: `${d.mentorName} accepted to be your mentor`,
    greeting: `Hello ${r.displayName},`,
    blocks: [
      {
        kind: 'paragraph',
        text: `Good news: ${d.mentorName} accepted to be your mentor on Puente.`,
      },
      {
        kind: 'list',
        title: 'To get started:',
        items: [
          `Write to ${d.mentorEmail} to introduce yourself and say what you would like to learn.`,
          'Agree on your first session together and book it on Puente, so that it shows in both your calendars.',
        ],
      },
      { kind: 'action', label: 'See your match', url },
    ],
  };
}

function checkInNudge(d: CheckInNudgeData, r: Recipient, publicUrl: string): Letter {
  const lang = r.preferredLanguage;
  const url = `${publicUrl}/calendar`;
  if (lang === 'ES') {
    return {
      lang,
      subject: `¿Cómo va tu mentoría con ${d.otherName}?`,
      greeting: `Hola, ${r.displayName}:`,
      blocks: [
        {
          kind: 'paragraph',
          text:
            d.reason === 'NEVER_MET'
              ? `${d.otherName} y tú todavía no tuvieron su primera sesión en Puente.`
              : `Hace más de un mes que ${d.otherName} y tú no registran una sesión en Puente.`,
        },
        {
          kind: 'paragraph',
          text: 'Escríbanse para acordar la próxima sesión y regístrenla en Puente. Si algo se interpone, cuéntenle a las personas coordinadoras del programa: están para ayudar.',
        },
        { kind: 'action', label: 'Agendar una sesión', url },
      ],
    };
  }
  return {
    lang,
    subject: `How is your mentorship with ${d.otherName} going?`,
    greeting: `Hello ${r.displayName},`,
    blocks: [
      {
        kind: 'paragraph',
        text:
          d.reason === 'NEVER_MET'
            ? `You and ${d.otherName} have not had a first session on Puente yet.`
            : `You and ${d.otherName} have not logged a session on Puente for over a month.`,
      },
      {
        kind: 'paragraph',
        text: 'Write to each other to agree on your next session and book it on Puente. If something is in the way, tell the program leads: they are there to help.',
      },
      { kind: 'action', label: 'Book a session', url },
    ],
  };
}

function stillLooking(r: Recipient, publicUrl: string): Letter {
  const lang = r.preferredLanguage;
  const url = `${publicUrl}/matches`;
  if (lang === 'ES') {
    return {
      lang,
      subject: 'Seguimos buscando una persona mentora para ti',
      greeting: `Hola, ${r.displayName}:`,
      blocks: [
        {
          kind: 'paragraph',
          text: 'Tu emparejamiento todavía no está listo: esta vez la propuesta no se concretó. Estamos buscando otra persona mentora para ti y te escribiremos cuando alguien acepte.',
        },
        { kind: 'paragraph', text: 'No necesitas hacer nada.' },
        { kind: 'action', label: 'Ver tus emparejamientos', url },
      ],
    };
  }
  return {
    lang,
    subject: 'We are still looking for a mentor for you',
    greeting: `Hello ${r.displayName},`,
    blocks: [
      {
        kind: 'paragraph',
        text: 'Your match is not settled yet: this time the proposal did not work out. We are looking for another mentor for you and will write when one accepts.',
      },
      { kind: 'paragraph', text: 'There is nothing you need to do.' },
      { kind: 'action', label: 'See your matches', url },
    ],
  };
}

function partnerLeft(d: PartnerLeftData, r: Recipient, publicUrl: string): Letter {
  const lang = r.preferredLanguage;
  const url = `${publicUrl}/matches`;
  if (lang === 'ES') {
    return d.wasProposal
      ? {
          lang,
          subject: 'Se retiró una propuesta de mentoría',
          greeting: `Hola, ${r.displayName}:`,
          blocks: [
            {
              kind: 'paragraph',
              text: `La persona mentoreada que te propusimos en ${d.cohortName} cerró su cuenta de Puente, así que la propuesta se retiró y tu lugar queda libre.`,
            },
            { kind: 'paragraph', text: 'No necesitas hacer nada.' },
            { kind: 'action', label: 'Ver tus emparejamientos', url },
          ],
        }
      : {
          lang,
          subject: 'Tu mentoría terminó',
          greeting: `Hola, ${r.displayName}:`,
          blocks: [
            {
              kind: 'paragraph',
              text: `La persona con quien formabas pareja en ${d.cohortName} cerró su cuenta de Puente, así que la mentoría terminó y las sesiones que tenían pendientes se cancelaron.`,
            },
            {
              kind: 'paragraph',
              text: 'Las personas que coordinan el programa ya lo saben. Lamentamos que haya terminado así.',
            },
            { kind: 'action', label: 'Ver tus emparejamientos', url },
          ],
        };
  }
  return d.wasProposal
    ? {
        lang,
        subject: 'A mentorship proposal was withdrawn',
        greeting: `Hello ${r.displayName},`,
        blocks: [
          {
            kind: 'paragraph',
            text: `The mentee proposed to you in ${d.cohortName} closed their Puente account, so the proposal is withdrawn and your place is free again.`,
          },
          { kind: 'paragraph', text: 'There is nothing you need to do.' },
          { kind: 'action', label: 'See your matches', url },
        ],
      }
    : {
        lang,
        subject: 'Your mentorship has ended',
        greeting: `Hello ${r.displayName},`,
        blocks: [
          {
            kind: 'paragraph',
            text: `The person you were paired with in ${d.cohortName} closed their Puente account, so your mentorship has ended and the sessions you had planned are cancelled.`,
          },
          {
            kind: 'paragraph',
            text: 'The program leads know. We are sorry it ended this way.',
          },
          { kind: 'action', label: 'See your matches', url },
        ],
      };
}

// What a failed message was, in words a lead understands.
const MESSAGE_NAMES: Record<MailLanguage, Record<string, string>> = {
  EN: {
    MATCH_PROPOSED: 'a proposal to a mentor',
    MATCH_EXPIRED: 'an expired proposal, to its mentor',
    MATCH_REMINDER: 'a reminder of a proposal, to its mentor',
    MATCH_ACCEPTED: 'an acceptance, to the mentee',
    MATCH_STILL_LOOKING: 'a "still looking" message, to a mentee',
    CHECK_IN_NUDGE: 'a check-in nudge, to one of a pair',
    MATCH_PARTNER_LEFT: 'the news that the other person of a match left, to the one who stays',
    VERIFY_EMAIL: 'an email verification link',
    PASSWORD_RESET: 'a password reset link',
    SESSION_SCHEDULED: 'a session booking, to one of its two people',
    SESSION_MOVED: 'the new time of a session, to one of its two people',
    SESSION_CANCELLED: 'a session cancellation, to one of its two people',
    SESSION_REMINDER: 'a session reminder, to one of its two people',
  },
  ES: {
    MATCH_PROPOSED: 'una propuesta a una persona mentora',
    MATCH_EXPIRED: 'una propuesta vencida, a su persona mentora',
    MATCH_REMINDER: 'un recordatorio de una propuesta, a su persona mentora',
    MATCH_ACCEPTED: 'una aceptación, a la persona mentoreada',
    MATCH_STILL_LOOKING: 'un aviso de "seguimos buscando", a una persona mentoreada',
    CHECK_IN_NUDGE: 'un recordatorio de seguimiento, a una persona de una pareja',
    MATCH_PARTNER_LEFT:
      'el aviso de que la otra persona de un emparejamiento se fue, a quien sigue',
    VERIFY_EMAIL: 'un enlace de verificación de correo',
    PASSWORD_RESET: 'un enlace para restablecer la contraseña',
    SESSION_SCHEDULED: 'la reserva de una sesión, a una de sus dos personas',
    SESSION_MOVED: 'el nuevo horario de una sesión, a una de sus dos personas',
    SESSION_CANCELLED: 'la cancelación de una sesión, a una de sus dos personas',
    SESSION_REMINDER: 'el recordatorio de una sesión, a una de sus dos personas',
  },
};

function mailFailed(d: MailFailedData, r: Recipient, publicUrl: string): Letter {
  const lang = r.preferredLanguage;
  const what = MESSAGE_NAMES[lang][d.failedKind] ?? d.failedKind;
  const url = `${publicUrl}/notifications`;
  if (lang === 'ES') {
    const who = d.recipientName ?? 'una cuenta eliminada';
    return {
      lang,
      subject: `No se pudo entregar un correo a ${who}`,
      greeting: `Hola, ${r.displayName}:`,
      blocks: [
        {
          kind: 'paragraph',
          text: `Puente no pudo entregar ${what} a ${who} después de ${d.attempts} intentos.`,
        },
        { kind: 'list', title: 'Último error del servidor de correo:', items: [d.error] },
        {
          kind: 'paragraph',
          text: 'Revisen la dirección de correo de la persona o la configuración del servidor de correo (SMTP_URL), y avísenle por otro medio si hace falta.',
        },
        { kind: 'action', label: 'Ver los avisos', url },
      ],
    };
  }
  const who = d.recipientName ?? 'a deleted account';
  return {
    lang,
    subject: `An email to ${who} could not be delivered`,
    greeting: `Hello ${r.displayName},`,
    blocks: [
      {
        kind: 'paragraph',
        text: `Puente could not deliver ${what} to ${who} after ${d.attempts} attempts.`,
      },
      { kind: 'list', title: "The mail server's last error:", items: [d.error] },
      {
        kind: 'paragraph',
        text: "Check the person's email address or the mail server settings (SMTP_URL), and reach them another way if needed.",
      },
      { kind: 'action', label: 'See the notices', url },
    ],
  };
}

function verifyEmail(d: AccountLinkData, r: Recipient): Letter {
  const lang = r.preferredLanguage;
  const until = formatInstant(d.expiresAt, lang, r.timezone);
  if (lang === 'ES') {
    return {
      lang,
      subject: 'Confirma tu dirección de correo en Puente',
      greeting: `Hola, ${r.displayName}:`,
      blocks: [
        {
          kind: 'paragraph',
          text: 'Gracias por sumarte a Puente. Para que podamos proponerte emparejamientos y escribirte, confirma que esta dirección de correo es tuya.',
        },
        { kind: 'action', label: 'Confirmar mi correo', url: d.link },
        {
          kind: 'paragraph',
          text: `El enlace funciona hasta el ${until}. Si no creaste una cuenta en Puente, ignora este mensaje.`,
        },
      ],
    };
  }
  return {
    lang,
    subject: 'Confirm your email address for Puente',
    greeting: `Hello ${r.displayName},`,
    blocks: [
      {
        kind: 'paragraph',
        text: 'Thank you for joining Puente. So that we can propose matches to you and write to you, please confirm that this email address is yours.',
      },
      { kind: 'action', label: 'Confirm my email', url: d.link },
      {
        kind: 'paragraph',
        text: `The link works until ${until}. If you did not create a Puente account, you can ignore this message.`,
      },
    ],
  };
}

function passwordReset(d: AccountLinkData, r: Recipient): Letter {
  const lang = r.preferredLanguage;
  const until = formatInstant(d.expiresAt, lang, r.timezone);
  if (lang === 'ES') {
    return {
      lang,
      subject: 'Restablece tu contraseña de Puente',
      greeting: `Hola, ${r.displayName}:`,
      blocks: [
        {
          kind: 'paragraph',
          text: 'Alguien pidió restablecer la contraseña de tu cuenta de Puente. Si fuiste tú, elige una contraseña nueva con este enlace. Se puede usar una sola vez.',
        },
        { kind: 'action', label: 'Elegir una contraseña nueva', url: d.link },
        {
          kind: 'paragraph',
          text: `El enlace funciona hasta el ${until}. Al cambiar la contraseña se cierran todas las sesiones abiertas.`,
        },
        {
          kind: 'paragraph',
          text: 'Si no lo pediste, ignora este mensaje: tu contraseña no cambia.',
        },
      ],
    };
  }
  return {
    lang,
    subject: 'Reset your Puente password',
    greeting: `Hello ${r.displayName},`,
    blocks: [
      {
        kind: 'paragraph',
        text: 'Someone asked to reset the password of your Puente account. If it was you, choose a new password with this link. It can be used once.',
      },
      { kind: 'action', label: 'Choose a new password', url: d.link },
      {
        kind: 'paragraph',
        text: `The link works until ${until}. Changing the password logs you out everywhere.`,
      },
      {
        kind: 'paragraph',
        text: 'If you did not ask for this, ignore this message: your password stays the same.',
      },
    ],
  };
}

// A session's letters, both languages side by side: what happened, then what the attached
// calendar file does.
function sessionLetter(d: SessionMailData, r: Recipient, publicUrl: string): Letter {
  const lang = r.preferredLanguage;
  const es = lang === 'ES';
  const other = d.otherName;
  const when = formatInstant(d.startsAt, lang, r.timezone);
  const before = d.previousStartsAt ? formatInstant(d.previousStartsAt, lang, r.timezone) : null;
  const length = es ? `${d.durationMinutes} minutos` : `${d.durationMinutes} minutes`;
  const agenda: Block[] = d.agenda
    ? [{ kind: 'list', title: es ? 'Temas:' : 'Agenda:', items: [d.agenda] }]
    : [];
  const action: Block = {
    kind: 'action',
    label: es ? 'Ver tus sesiones' : 'See your sessions',
    url: `${publicUrl}/calendar`,
  };
  const letter = (subject: string, blocks: Block[]): Letter => ({
    lang,
    subject,
    greeting: es ? `Hola, ${r.displayName}:` : `Hello ${r.displayName},`,
    blocks: [...blocks, action],
  });
  const p = (text: string): Block => ({ kind: 'paragraph', text });
  switch (d.kind) {
    case 'SESSION_SCHEDULED':
      return es
        ? letter(`Sesión de mentoría reservada con ${other}`, [
            p(
              d.byReader
                ? `Reservaste una sesión de mentoría con ${other} para el ${when}, de ${length}.`
                : `${other} reservó una sesión de mentoría contigo para el ${when}, de ${length}.`,
            ),
            ...agenda,
            p(
              'La invitación va adjunta: ábrela para agregar la sesión a tu calendario. Si el horario cambia, el próximo mensaje actualiza el mismo evento.',
            ),
          ])
        : letter(`Mentoring session booked with ${other}`, [
            p(
              d.byReader
                ? `You booked a mentoring session with ${other} on ${when}, for ${length}.`
                : `${other} booked a mentoring session with you on ${when}, for ${length}.`,
            ),
            ...agenda,
            p(
              'The invitation is attached: open it to add the session to your calendar. If the time changes, the next message updates the same event.',
            ),
          ]);
    case 'SESSION_MOVED': {
      const was = before ? (es ? ` Antes era el ${before}.` : ` It was on ${before}.`) : '';
      return es
        ? letter(`Nuevo horario para tu sesión con ${other}`, [
            p(
              d.byReader
                ? `Cambiaste el horario de la sesión de mentoría con ${other}: ahora es el ${when}, de ${length}.${was}`
                : `${other} cambió el horario de la sesión de mentoría contigo: ahora es el ${when}, de ${length}.${was}`,
            ),
            ...agenda,
            p(
              'Abre la invitación adjunta: tu calendario actualiza el evento en lugar de agregar otro.',
            ),
          ])
        : letter(`New time for your session with ${other}`, [
            p(
              d.byReader
                ? `You changed the time of your mentoring session with ${other}: it is now on ${when}, for ${length}.${was}`
                : `${other} changed the time of your mentoring session: it is now on ${when}, for ${length}.${was}`,
            ),
            ...agenda,
            p(
              'Open the attached invitation: your calendar updates the event instead of adding another.',
            ),
          ]);
    }
    case 'SESSION_CANCELLED': {
      const why: Block[] = d.reason
        ? [{ kind: 'list', title: es ? 'Motivo:' : 'Reason given:', items: [d.reason] }]
        : [];
      return es
        ? letter(`Sesión con ${other} cancelada`, [
            p(
              d.byReader
                ? `Cancelaste la sesión de mentoría con ${other} del ${when}.`
                : `${other} canceló la sesión de mentoría contigo del ${when}.`,
            ),
            ...why,
            p(
              'El archivo adjunto quita la sesión de tu calendario. Pueden reservar otro horario cuando les convenga.',
            ),
          ])
        : letter(`Session with ${other} cancelled`, [
            p(
              d.byReader
                ? `You cancelled your mentoring session with ${other} on ${when}.`
                : `${other} cancelled your mentoring session on ${when}.`,
            ),
            ...why,
            p(
              'The attached file takes the session off your calendar. You can book another time whenever it suits you both.',
            ),
          ]);
    }
    case 'SESSION_REMINDER':
      return es
        ? letter(`Recordatorio: tu sesión de mentoría con ${other}`, [
            p(`Tu sesión de mentoría con ${other} empieza el ${when} y dura ${length}.`),
            ...agenda,
            p(
              `Si no puedes asistir, cancélala o cámbiala de horario en Puente para que ${other} lo sepa a tiempo.`,
            ),
          ])
        : letter(`Reminder: your mentoring session with ${other}`, [
            p(`Your mentoring session with ${other} starts on ${when} and lasts ${length}.`),
            ...agenda,
            p(`If you cannot make it, cancel or move it on Puente so that ${other} knows in time.`),
          ]);
  }
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
    case 'VERIFY_EMAIL':
      letter = verifyEmail(data, recipient);
      break;
    case 'PASSWORD_RESET':
      letter = passwordReset(data, recipient);
      break;
    case 'MATCH_ACCEPTED':
      letter = matchAccepted(data, recipient, base);
      break;
    case 'MATCH_STILL_LOOKING':
      letter = stillLooking(recipient, base);
      break;
    case 'MATCH_PARTNER_LEFT':
      letter = partnerLeft(data, recipient, base);
      break;
    case 'CHECK_IN_NUDGE':
      letter = checkInNudge(data, recipient, base);
      break;
    case 'MAIL_FAILED':
      letter = mailFailed(data, recipient, base);
      break;
    case 'MATCH_REMINDER':
      letter = matchReminder(data, recipient, base);
      break;
    case 'SESSION_SCHEDULED':
    case 'SESSION_MOVED':
    case 'SESSION_CANCELLED':
    case 'SESSION_REMINDER':
      letter = sessionLetter(data, recipient, base);
      break;
  }
  return { subject: letter.subject, text: toText(letter), html: toHtml(letter) };
}
