// The words of the CSV report in the lead's language (the same words as the report page:
// client/src/locales). Plain TypeScript, no Nest.
import type { MatchStatusName } from '../common/vocabulary';

export type CsvLanguage = 'EN' | 'ES';

type Words = {
  figures: Record<
    | 'cohort'
    | 'dates'
    | 'mentees'
    | 'mentors'
    | 'matchedMentees'
    | 'proposalsMade'
    | 'proposalsAccepted'
    | 'proposalsDeclined'
    | 'proposalsExpired'
    | 'completed'
    | 'ended'
    | 'completedSessions'
    | 'mentoringHours'
    | 'averageScore'
    | 'averageRating'
    | 'medianHoursToAnswer'
    | 'capacityOffered'
    | 'capacityUsed'
    | 'checkIns'
    | 'menteesByLanguage'
    | 'mentorsByLanguage'
    | 'menteesByOffset'
    | 'declinedByReason'
    | 'weeklyOverlap'
    | 'unmatched'
    | 'pairs',
    string
  >;
  equityHeader: string[];
  pairHeader: string[];
  status: Record<MatchStatusName, string>;
  groups: Record<string, string>;
  reasons: Record<string, string>;
  languages: Record<string, string>;
};

export const CSV_WORDS: Record<CsvLanguage, Words> = {
  EN: {
    figures: {
      cohort: 'Cohort',
      dates: 'Dates',
      mentees: 'Mentees',
      mentors: 'Mentors',
      matchedMentees: 'Matched mentees',
      proposalsMade: 'Proposals made',
      proposalsAccepted: 'Proposals accepted',
      proposalsDeclined: 'Proposals declined',
      proposalsExpired: 'Proposals expired',
      completed: 'Mentorships completed',
      ended: 'Mentorships ended early',
      completedSessions: 'Completed sessions',
      mentoringHours: 'Mentoring hours',
      averageScore: 'Average score (of 100)',
      averageRating: 'Average rating',
      medianHoursToAnswer: 'Median hours to answer',
      capacityOffered: 'Capacity offered',
      capacityUsed: 'Capacity used',
      checkIns: 'Pairs needing a check-in',
      menteesByLanguage: 'Mentees by language',
      mentorsByLanguage: 'Mentors by language',
      menteesByOffset: 'Mentees by UTC offset',
      declinedByReason: 'Declined by reason',
      weeklyOverlap: 'Weekly overlap',
      unmatched: 'Unmatched',
      pairs: 'Pairs',
    },
    equityHeader: [
      'Equity',
      'Mentees',
      'Matched',
      'Match rate',
      'Median hours to match',
      'Average rating',
    ],
    pairHeader: [
      'Mentor',
      'Mentee',
      'Status',
      'Score (of 100)',
      'Language',
      'Availability',
      'Interests',
      'Goals',
      'Weekly overlap (min)',
      'Proposed at (UTC)',
      'Completed sessions',
    ],
    status: {
      PROPOSED: 'Proposed',
      ACCEPTED: 'Accepted',
      DECLINED: 'Declined',
      EXPIRED: 'Expired',
      COMPLETED: 'Completed',
      ENDED: 'Ended early',
    },
    groups: {
      'Self-identified underrepresented': 'Self-identified underrepresented',
      'Everyone else': 'Everyone else',
    },
    reasons: {
      NO_TIME: "I don't have time now",
      NOT_MY_EXPERTISE: 'Not my area of expertise',
      LANGUAGE: 'Language',
      OTHER: 'Another reason',
    },
    languages: { EN: 'English', ES: 'Spanish' },
  },
  ES: {
    figures: {
      cohort: 'Cohorte',
      dates: 'Fechas',
      mentees: 'Personas mentoreadas',
      mentors: 'Personas mentoras',
      matchedMentees: 'Personas mentoreadas con emparejamiento',
      proposalsMade: 'Propuestas hechas',
      proposalsAccepted: 'Propuestas aceptadas',
      proposalsDeclined: 'Propuestas rechazadas',
      proposalsExpired: 'Propuestas vencidas',
      completed: 'Mentorías completadas',
      ended: 'Mentorías terminadas antes',
      completedSessions: 'Sesiones realizadas',
      mentoringHours: 'Horas de mentoría',
      averageScore: 'Puntaje promedio (de 100)',
      averageRating: 'Valoración promedio',
      medianHoursToAnswer: 'Mediana de horas para responder',
      capacityOffered: 'Lugares ofrecidos',
      capacityUsed: 'Lugares ocupados',
      checkIns: 'Parejas que necesitan seguimiento',
      menteesByLanguage: 'Personas mentoreadas por idioma',
      mentorsByLanguage: 'Personas mentoras por idioma',
      menteesByOffset: 'Personas mentoreadas por diferencia con UTC',
      declinedByReason: 'Rechazos por motivo',
      weeklyOverlap: 'Horas en común por semana',
      unmatched: 'Sin emparejamiento',
      pairs: 'Parejas',
    },
    equityHeader: [
      'Equidad',
      'Personas mentoreadas',
      'Con emparejamiento',
      'Tasa de emparejamiento',
      'Mediana de horas hasta el emparejamiento',
      'Valoración promedio',
    ],
    pairHeader: [
      'Persona mentora',
      'Persona mentoreada',
      'Estado',
      'Puntaje (de 100)',
      'Idioma',
      'Disponibilidad',
      'Intereses',
      'Objetivos',
      'Minutos en común por semana',
      'Propuesta el (UTC)',
      'Sesiones realizadas',
    ],
    status: {
      PROPOSED: 'Propuesto',
      ACCEPTED: 'Aceptado',
      DECLINED: 'Rechazado',
      EXPIRED: 'Caducado',
      COMPLETED: 'Completado',
      ENDED: 'Terminado antes',
    },
    groups: {
      'Self-identified underrepresented': 'Grupos subrepresentados (autoidentificación)',
      'Everyone else': 'El resto',
    },
    reasons: {
      NO_TIME: 'No tengo tiempo ahora',
      NOT_MY_EXPERTISE: 'No es mi área',
      LANGUAGE: 'Idioma',
      OTHER: 'Otro motivo',
    },
    languages: { EN: 'Inglés', ES: 'Español' },
  },
};

// `?lang=es` or `en` when given; otherwise the lead's own preferred language.
export function csvLanguage(asked: string | undefined, preferred: string | null): CsvLanguage {
  const lang = (asked ?? '').trim().toUpperCase();
  if (lang === 'ES' || lang === 'EN') {
    return lang;
  }
  return preferred === 'ES' ? 'ES' : 'EN';
}
