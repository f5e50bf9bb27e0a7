// The unsubscribe line at the foot of an optional email, in the reader's language.
import { escapeHtml, type MailLanguage } from './messages';
import type { OptionalCategory } from './mail-preferences';

const WHAT: Record<MailLanguage, Record<OptionalCategory, string>> = {
  EN: {
    MATCH_UPDATES: 'news about your matches',
    SESSIONS: 'session invitations and reminders',
    PROGRAM: 'program notices for leads',
  },
  ES: {
    MATCH_UPDATES: 'novedades de tus emparejamientos',
    SESSIONS: 'invitaciones y recordatorios de sesiones',
    PROGRAM: 'avisos del programa para coordinación',
  },
};

export function unsubscribeFooter(
  lang: MailLanguage,
  category: OptionalCategory,
  url: string,
): { text: string; html: string } {
  const line =
    lang === 'ES'
      ? `Recibes este correo porque tienes activadas las ${WHAT.ES[category]}. Para dejar de recibirlas:`
      : `You receive this email because ${WHAT.EN[category]} are on. To stop them:`;
  const label = lang === 'ES' ? 'Cancelar la suscripción' : 'Unsubscribe';
  return {
    text: `\n${line} ${url}\n`,
    html: `<p style="font-size: 14px; color: #555">${escapeHtml(line)} <a href="${escapeHtml(url)}">${escapeHtml(label)}</a></p>\n`,
  };
}
