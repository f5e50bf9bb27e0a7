// The Spanish catalogue is neutral Latin American Spanish (es-419), gender-inclusive:
// "ustedes", never Spain's second-person plural; "persona mentora" and "persona mentoreada" rather than a
// masculine generic; one word for the self-identification ("subrepresentado"). Every
// string of es.json is read, so a new text cannot bring Spain's forms back.
import { describe, expect, it } from 'vitest';
import es from './es.json';

function strings(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') {
    return [[path, node]];
  }
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  }
  return [];
}

const ALL = strings(es);
// Placeholders ({{mentee}}) are names filled in at run time, not words of the catalogue.
const words = (text: string) => text.replace(/\{\{[^}]*\}\}/g, ' ');

// (In JavaScript, \b knows only ASCII letters: "mentor" ends a word inside "mentoría"
// for it, so word ends are written as "no letter follows".)
const FORBIDDEN: [string, RegExp][] = [
  // Spain's second-person plural verbs end in -áis / -éis (but "país" and "maíz" are fine)
  ["a verb ending of Spain's second-person plural (-áis / -éis)", /\b\p{L}+(?:áis|éis)\b/iu],
  ['"sois"', /\bsois\b/iu],
  ['the pronoun "os"', /\bos\b/iu],
  ["the pronoun of Spain's second-person plural", /\bvosotr[oa]s\b/iu],
  ['"vuestro"', /\bvuestr[oa]s?\b/iu],
  // A masculine or feminine generic for the roles: "el mentor", "los mentores", "la mentora".
  // ("una mentora o un mentor", "mi mentora o mentor": both named, so not a generic.)
  [
    'a gendered role word',
    /(?<!mentoras? o )\b(?:el|los|un|unos|al|del|mi|mis|tu|tus|su|sus)\s+mentor(?:es)?(?!\p{L})/iu,
  ],
  ['a gendered role word', /\b(?:la|las|una|unas)\s+mentoras?(?!\p{L})(?!\s+o\s)/iu],
  ['"mentorado" (use "persona mentoreada")', /\bmentorad[oa]s?\b/iu],
  ['the English "mentee" as a Spanish word', /\bmentees?\b/iu],
  ['"infrarrepresentado" (the catalogue says "subrepresentado")', /infrarrepresentad/iu],
];

describe('the Spanish catalogue', () => {
  it('has strings to check', () => {
    expect(ALL.length).toBeGreaterThan(300);
  });

  for (const [what, pattern] of FORBIDDEN) {
    it(`has no ${what}`, () => {
      const found = ALL.filter(([, text]) => pattern.test(words(text))).map(
        ([path, text]) => `${path}: ${text}`,
      );
      expect(found).toEqual([]);
    });
  }

  it('catches the forms it is meant to catch', () => {
    const caught = (text: string) => FORBIDDEN.some(([, p]) => p.test(words(text)));
    // Spain's forms, put together here so that this file itself holds none of them.
    for (const spain of [
      `Vos${'otros'} pod${'éis'} empezar`,
      `O${'s'} escribimos pronto`,
      `Vue${'stra'} mentoría`,
      `Habl${'áis'} los dos`,
      'Sois una pareja',
      'Tu mentor te espera',
      'El mentor aceptó',
      'La mentora aceptó',
      'Grupo infrarrepresentado',
    ]) {
      expect([spain, caught(spain)]).toEqual([spain, true]);
    }
    for (const fine of [
      'Ustedes pueden empezar',
      'Tu persona mentora te espera',
      'Te propondremos una mentora o un mentor',
      'Un país, un maíz',
      'Tu mentoría termina',
      'Mantener a {{mentee}} con una persona mentora',
    ]) {
      expect([fine, caught(fine)]).toEqual([fine, false]);
    }
  });
});
