import { escapeHtml, formatInstant, renderMessage, type MatchProposedData } from './messages';

const proposal: MatchProposedData = {
  kind: 'MATCH_PROPOSED',
  menteeName: 'Ana <b>& Co</b>',
  expiresAt: new Date('2027-03-08T23:00:00Z'),
  sharedLanguages: ['EN', 'ES'],
  sharedInterests: ['python', 'open-data'],
  overlapMinutesPerWeek: 270,
  acceptUrl: 'https://puente.example.org/answer?token=t.s&choice=accept',
  declineUrl: 'https://puente.example.org/answer?token=t.s&choice=decline',
};

describe('dates in the recipient zone', () => {
  it('writes the local time with the zone named, in each language', () => {
    const at = new Date('2027-03-08T23:00:00Z');
    // ICU puts a narrow no-break space before AM/PM in recent versions.
    expect(formatInstant(at, 'EN', 'America/Bogota')).toMatch(
      /^Monday, March 8, 2027 at 6:00\sPM \(America\/Bogota\)$/,
    );
    expect(formatInstant(at, 'ES', 'Europe/Madrid')).toMatch(
      /^martes, 9 de marzo de 2027, 12:00\sa\.\s?m\. \(Europe\/Madrid\)$/,
    );
  });
});

describe('the proposal to a mentor', () => {
  it('in English: subject, reasons, answer-by date in her zone, link, both parts', () => {
    const r = renderMessage(
      proposal,
      { displayName: 'Sam', preferredLanguage: 'EN', timezone: 'America/Bogota' },
      'https://puente.example.org/',
    );
    expect(r.subject).toBe('New proposal: mentor Ana <b>& Co</b>');
    expect(r.text).toContain('Hello Sam,');
    expect(r.text).toContain('- Shared languages: English, Spanish');
    expect(r.text).toContain('- Shared interests: python, open-data');
    expect(r.text).toContain('about 4.5 hours a week');
    expect(r.text).toContain('(America/Bogota)');
    expect(r.text).toContain(`Accept the proposal: ${proposal.acceptUrl}`);
    expect(r.text).toContain(`Decline the proposal: ${proposal.declineUrl}`);
    expect(r.text).toContain('You can also answer at https://puente.example.org/matches');
    expect(r.html).toContain('<html lang="en">');
    expect(r.html).toContain('Ana &lt;b&gt;&amp; Co&lt;/b&gt;');
    expect(r.html).not.toContain('<b>');
    expect(r.html).toContain(
      '<a href="https://puente.example.org/answer?token=t.s&amp;choice=accept">Accept the proposal</a>',
    );
  });

  it('in neutral Latin American Spanish, with inclusive words', () => {
    const r = renderMessage(
      proposal,
      { displayName: 'Lucía', preferredLanguage: 'ES', timezone: 'America/Mexico_City' },
      'http://localhost:3000',
    );
    expect(r.subject).toBe('Nueva propuesta: ser la persona mentora de Ana <b>& Co</b>');
    expect(r.text).toContain('Hola, Lucía:');
    expect(r.text).toContain('persona mentoreada');
    expect(r.text).toContain('Idiomas en común: inglés, español');
    // es-419 writes a decimal point, as most of Latin America does.
    expect(r.text).toContain('unas 4.5 horas por semana');
    expect(r.text).toContain('(America/Mexico_City)');
    expect(r.text).not.toMatch(/\bvosotr[oa]s\b|\bos\b/);
    expect(r.html).toContain('<html lang="es-419">');
    expect(r.html).toContain('>Rechazar la propuesta</a>');
  });

  it('says a short line when nothing in particular is shared', () => {
    const r = renderMessage(
      { ...proposal, sharedLanguages: [], sharedInterests: [], overlapMinutesPerWeek: 0 },
      { displayName: 'Sam', preferredLanguage: 'EN', timezone: 'UTC' },
      'http://localhost:3000',
    );
    expect(r.text).toContain('The matching found your profiles compatible.');
    expect(r.html).not.toContain('<ul>');
  });
});

describe('the expiry notice to a mentor', () => {
  it('says the place was freed, in both languages', () => {
    const data = {
      kind: 'MATCH_EXPIRED' as const,
      menteeName: 'Ana',
      expiredAt: new Date('2027-03-08T23:00:00Z'),
    };
    const en = renderMessage(
      data,
      { displayName: 'Sam', preferredLanguage: 'EN', timezone: 'UTC' },
      'http://x.test',
    );
    const es = renderMessage(
      data,
      { displayName: 'Sam', preferredLanguage: 'ES', timezone: 'UTC' },
      'http://x.test',
    );
    expect(en.subject).toBe('Proposal expired: Ana');
    expect(es.subject).toBe('Propuesta vencida: Ana');
    expect(es.text).toContain('personas coordinadoras');
    expect(en.text).toContain('(UTC)');
  });
});

it('escapes every HTML-special character', () => {
  expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
    '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
  );
});

describe('account security mail', () => {
  const link = 'https://puente.example.org/verify-email?token=abc.def';
  const expiresAt = new Date('2027-03-10T15:30:00Z');

  it('verify: the link, until when it works in the reader zone, in each language', () => {
    const en = renderMessage(
      { kind: 'VERIFY_EMAIL', link, expiresAt },
      { displayName: 'Sam', preferredLanguage: 'EN', timezone: 'America/Bogota' },
      'https://puente.example.org',
    );
    expect(en.subject).toBe('Confirm your email address for Puente');
    expect(en.text).toContain(`Confirm my email: ${link}`);
    expect(en.text).toMatch(/until Wednesday, March 10, 2027 at 10:30\sAM \(America\/Bogota\)/);
    expect(en.html).toContain(`<a href="${link}">Confirm my email</a>`);
    const es = renderMessage(
      { kind: 'VERIFY_EMAIL', link, expiresAt },
      { displayName: 'Lucía', preferredLanguage: 'ES', timezone: 'Europe/Madrid' },
      'https://puente.example.org',
    );
    expect(es.subject).toBe('Confirma tu dirección de correo en Puente');
    expect(es.text).toContain('(Europe/Madrid)');
    expect(es.text).toMatch(/16:30|4:30\sp\.\s?m\./);
    expect(es.html).toContain('<html lang="es-419">');
    expect(es.text).not.toMatch(/\bvosotr[oa]s\b|\bos\b/);
  });

  it('reset: single use, 60 minutes, and that every login ends', () => {
    const resetLink = 'https://puente.example.org/reset-password?token=abc.def';
    const en = renderMessage(
      { kind: 'PASSWORD_RESET', link: resetLink, expiresAt },
      { displayName: 'Sam', preferredLanguage: 'EN', timezone: 'UTC' },
      'https://puente.example.org',
    );
    expect(en.subject).toBe('Reset your Puente password');
    expect(en.text).toContain(`Choose a new password: ${resetLink}`);
    expect(en.text).toContain('can be used once');
    expect(en.text).toContain('logs you out everywhere');
    const es = renderMessage(
      { kind: 'PASSWORD_RESET', link: resetLink, expiresAt },
      { displayName: 'Lucía', preferredLanguage: 'ES', timezone: 'America/Lima' },
      'https://puente.example.org',
    );
    expect(es.subject).toBe('Restablece tu contraseña de Puente');
    expect(es.text).toContain('una sola vez');
    expect(es.text).toContain('(America/Lima)');
  });
});

describe('mail to the mentee', () => {
  it('on acceptance: the mentor name and address, and how to start, in her language', () => {
    const data = {
      kind: 'MATCH_ACCEPTED' as const,
      mentorName: 'Sam Maintainer',
      mentorEmail: 'sam@example.org',
    };
    const es = renderMessage(
      data,
      { displayName: 'Ana', preferredLanguage: 'ES', timezone: 'America/Bogota' },
      'https://puente.example.org',
    );
    expect(es.subject).toBe('Sam Maintainer aceptó ser tu persona mentora');
    expect(es.text).toContain('Escríbele a sam@example.org');
    expect(es.text).toContain('Ver tu emparejamiento: https://puente.example.org/matches');
    expect(es.text).not.toMatch(/\bvosotr[oa]s\b|\bos\b/);
    const en = renderMessage(
      data,
      { displayName: 'Ana', preferredLanguage: 'EN', timezone: 'America/Bogota' },
      'https://puente.example.org',
    );
    expect(en.subject).toBe('Sam Maintainer accepted to be your mentor');
    expect(en.text).toContain('Write to sam@example.org');
  });

  it('on a decline or expiry: neutral, no mentor, no reason', () => {
    for (const lang of ['EN', 'ES'] as const) {
      const r = renderMessage(
        { kind: 'MATCH_STILL_LOOKING' },
        { displayName: 'Ana', preferredLanguage: lang, timezone: 'UTC' },
        'https://puente.example.org',
      );
      expect(r.subject).toBe(
        lang === 'EN'
          ? 'We are still looking for a mentor for you'
          : 'Seguimos buscando una persona mentora para ti',
      );
      expect(r.text).not.toMatch(/declin|rechaz|expir|venci/i);
    }
  });
});

describe('the check-in nudge to a pair', () => {
  it('names the other person and why, in each language, without blame', () => {
    const es = renderMessage(
      { kind: 'CHECK_IN_NUDGE', otherName: 'Sam', reason: 'NEVER_MET' },
      { displayName: 'Ana', preferredLanguage: 'ES', timezone: 'America/Bogota' },
      'https://puente.example.org',
    );
    expect(es.subject).toBe('¿Cómo va tu mentoría con Sam?');
    expect(es.text).toContain('todavía no tuvieron su primera sesión');
    expect(es.text).toContain('Agendar una sesión: https://puente.example.org/calendar');
    expect(es.text).not.toMatch(/\bvosotr[oa]s\b|\bos\b/);
    const en = renderMessage(
      { kind: 'CHECK_IN_NUDGE', otherName: 'Ana', reason: 'SILENT' },
      { displayName: 'Sam', preferredLanguage: 'EN', timezone: 'Europe/Madrid' },
      'https://puente.example.org',
    );
    expect(en.subject).toBe('How is your mentorship with Ana going?');
    expect(en.text).toContain('for over a month');
  });
});

describe('the news that the other person of a match left', () => {
  const render = (lang: 'EN' | 'ES', wasProposal: boolean) =>
    renderMessage(
      { kind: 'MATCH_PARTNER_LEFT', wasProposal, cohortName: 'Cohorte 2027' },
      { displayName: 'Ana', preferredLanguage: lang, timezone: 'UTC' },
      'https://puente.example.org',
    );

  it('an ended mentorship, in each language, naming the cohort and nobody else', () => {
    const en = render('EN', false);
    expect(en.subject).toBe('Your mentorship has ended');
    expect(en.text).toContain('Cohorte 2027');
    expect(en.text).toContain('closed their Puente account');
    expect(en.text).toContain('https://puente.example.org/matches');
    const es = render('ES', false);
    expect(es.subject).toBe('Tu mentoría terminó');
    expect(es.text).toContain('cerró su cuenta de Puente');
    expect(es.html).toContain('lang="es-419"');
    expect(es.text).not.toMatch(/vosotr[oa]s|vuestr|\bel mentor\b|\bla mentora\b/i);
  });

  it('a withdrawn proposal, to its mentor', () => {
    expect(render('EN', true).subject).toBe('A mentorship proposal was withdrawn');
    expect(render('EN', true).text).toContain('your place is free again');
    expect(render('ES', true).subject).toBe('Se retiró una propuesta de mentoría');
    expect(render('ES', true).text).toContain('La persona mentoreada');
  });
});
