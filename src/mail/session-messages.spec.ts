import { renderMessage, type Recipient, type SessionMailData } from './messages';

const booked: SessionMailData = {
  kind: 'SESSION_SCHEDULED',
  otherName: 'Íñigo <Pérez>',
  byReader: false,
  startsAt: new Date('2027-03-08T17:00:00Z'),
  durationMinutes: 45,
  previousStartsAt: null,
  agenda: 'Revisar el PR',
  reason: null,
  calendar: null,
};

const camila: Recipient = {
  displayName: 'Camila',
  preferredLanguage: 'ES',
  timezone: 'America/Bogota',
};
const sam: Recipient = { displayName: 'Sam', preferredLanguage: 'EN', timezone: 'Europe/Madrid' };
const BASE = 'https://puente.example.org';

describe('session mail', () => {
  it('tells of a booking in Spanish, in the reader zone, with the link to the sessions', () => {
    const r = renderMessage(booked, camila, `${BASE}/`);
    expect(r.subject).toBe('Sesión de mentoría reservada con Íñigo <Pérez>');
    expect(r.text).toContain('Hola, Camila:');
    expect(r.text).toMatch(
      /Íñigo <Pérez> reservó una sesión de mentoría contigo para el lunes, 8 de marzo de 2027, 12:00\sp\.\s?m\. \(America\/Bogota\), de 45 minutos\./,
    );
    expect(r.text).toContain('- Revisar el PR');
    expect(r.text).toContain('La invitación va adjunta');
    expect(r.text).toContain(`Ver tus sesiones: ${BASE}/calendar`);
    expect(r.text).not.toMatch(/\bvosotr[oa]s\b|\bos\b/);
    expect(r.html).toContain('<html lang="es-419">');
    expect(r.html).toContain('Íñigo &lt;Pérez&gt;');
    expect(r.html).not.toContain('<Pérez>');
  });

  it('tells the booker in English, in her own zone', () => {
    const r = renderMessage({ ...booked, otherName: 'Camila', byReader: true }, sam, BASE);
    expect(r.subject).toBe('Mentoring session booked with Camila');
    expect(r.text).toMatch(
      /You booked a mentoring session with Camila on Monday, March 8, 2027 at 6:00\sPM \(Europe\/Madrid\), for 45 minutes\./,
    );
    expect(r.text).toContain('Agenda:\n- Revisar el PR');
    expect(r.html).toContain('<html lang="en">');
  });

  it('tells of a move with the old and new times', () => {
    const moved: SessionMailData = {
      ...booked,
      kind: 'SESSION_MOVED',
      otherName: 'Camila',
      startsAt: new Date('2027-03-10T21:00:00Z'),
      previousStartsAt: new Date('2027-03-08T17:00:00Z'),
      agenda: null,
    };
    const en = renderMessage(moved, sam, BASE);
    expect(en.subject).toBe('New time for your session with Camila');
    expect(en.text).toMatch(/now on Wednesday, March 10, 2027 at 10:00\sPM \(Europe\/Madrid\)/);
    expect(en.text).toMatch(/It was on Monday, March 8, 2027 at 6:00\sPM \(Europe\/Madrid\)\./);
    expect(en.text).not.toContain('Agenda:');
    const es = renderMessage({ ...moved, otherName: 'Sam', byReader: true }, camila, BASE);
    expect(es.subject).toBe('Nuevo horario para tu sesión con Sam');
    expect(es.text).toMatch(
      /^Cambiaste el horario de la sesión de mentoría con Sam: ahora es el /m,
    );
    expect(es.text).toMatch(/Antes era el lunes, 8 de marzo de 2027, 12:00\sp\.\s?m\./);
  });

  it('tells of a cancellation with its reason', () => {
    const cancelled: SessionMailData = {
      ...booked,
      kind: 'SESSION_CANCELLED',
      reason: 'Enfermedad',
    };
    const es = renderMessage(cancelled, camila, BASE);
    expect(es.subject).toBe('Sesión con Íñigo <Pérez> cancelada');
    expect(es.text).toContain('Íñigo <Pérez> canceló la sesión de mentoría contigo del lunes');
    expect(es.text).toContain('Motivo:\n- Enfermedad');
    expect(es.text).toContain('El archivo adjunto quita la sesión de tu calendario');
    const en = renderMessage({ ...cancelled, otherName: 'Camila' }, sam, BASE);
    expect(en.subject).toBe('Session with Camila cancelled');
    expect(en.text).toContain('Reason given:\n- Enfermedad');
  });

  it('reminds of a session coming up', () => {
    const reminder: SessionMailData = { ...booked, kind: 'SESSION_REMINDER' };
    const es = renderMessage(reminder, camila, BASE);
    expect(es.subject).toBe('Recordatorio: tu sesión de mentoría con Íñigo <Pérez>');
    expect(es.text).toMatch(
      /empieza el lunes, 8 de marzo de 2027, 12:00\sp\.\s?m\. \(America\/Bogota\) y dura 45 minutos\./,
    );
    const en = renderMessage({ ...reminder, otherName: 'Camila' }, sam, BASE);
    expect(en.subject).toBe('Reminder: your mentoring session with Camila');
    expect(en.text).toContain('so that Camila knows in time');
  });
});
