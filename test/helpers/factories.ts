import { randomUUID } from 'node:crypto';
import { TEST_LEADS } from '../setup/test-server';
import { graphql, ok } from './graphql';

export const uniqueEmail = (prefix = 'person') =>
  `${prefix}.${randomUUID().slice(0, 12)}@example.org`;

export const PARTICIPANT_FIELDS = `
  id displayName role languages preferredLanguage timezone
  availability { day start end } interests goals expertise about capacity`;

export const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { token me { ${PARTICIPANT_FIELDS} email underrepresented } }
}`;

export type SignUpInput = Record<string, unknown>;

export function menteeInput(overrides: SignUpInput = {}): SignUpInput {
  return {
    email: uniqueEmail('mentee'),
    password: 'a-long-password',
    displayName: 'María José Núñez',
    role: 'MENTEE',
    languages: ['ES', 'EN'],
    preferredLanguage: 'ES',
    timezone: 'America/Bogota',
    availability: [
      { day: 'MON', start: '18:00', end: '20:00' },
      { day: 'WED', start: '07:30', end: '09:00' },
    ],
    interests: ['python', 'open-data'],
    goals: ['first-contribution', 'documentation'],
    about: 'Bióloga aprendiendo a contribuir a paquetes científicos.',
    underrepresented: true,
    ...overrides,
  };
}

export function mentorInput(overrides: SignUpInput = {}): SignUpInput {
  return {
    email: uniqueEmail('mentor'),
    password: 'another-long-password',
    displayName: 'Sam Maintainer',
    role: 'MENTOR',
    languages: ['EN'],
    preferredLanguage: 'EN',
    timezone: 'Europe/Madrid',
    availability: [{ day: 'TUE', start: '17:00', end: '19:00' }],
    interests: ['python', 'packaging'],
    expertise: ['packaging', 'testing'],
    capacity: 2,
    ...overrides,
  };
}

export type Account = { token: string; id: string; email: string };

export async function signUp(input: SignUpInput): Promise<Account> {
  const data = await ok(
    graphql<{ signUp: { token: string; me: { id: string; email: string } } }>(SIGN_UP, { input }),
  );
  return { token: data.signUp.token, id: data.signUp.me.id, email: data.signUp.me.email };
}

export const signUpMentee = (overrides: SignUpInput = {}) => signUp(menteeInput(overrides));
export const signUpMentor = (overrides: SignUpInput = {}) => signUp(mentorInput(overrides));

export const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { token me { id role } }
}`;

export async function loginLead(index = 0): Promise<Account> {
  const lead = TEST_LEADS[index];
  const data = await ok(
    graphql<{ login: { token: string; me: { id: string } } }>(LOGIN, {
      email: lead.email,
      password: lead.password,
    }),
  );
  return { token: data.login.token, id: data.login.me.id, email: lead.email };
}
