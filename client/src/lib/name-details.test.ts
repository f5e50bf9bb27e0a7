import { describe, expect, it } from 'vitest';
import { emailStart, nameDetails } from './name-details';

describe('telling apart people with the same name', () => {
  it('gives a detail only to those who share a name, whatever its case', () => {
    const details = nameDetails([
      { id: '1', displayName: 'Ana Pérez', email: 'ana.perez@uni.edu' },
      { id: '2', displayName: 'ana pérez', email: 'aperez@lab.org' },
      { id: '3', displayName: 'Luis Mora', email: 'luis@x.org' },
      { id: '1', displayName: 'Ana Pérez', email: 'ana.perez@uni.edu' },
    ]);
    expect([...details.entries()]).toEqual([
      ['1', 'ana.pe…@uni.edu'],
      ['2', 'aperez@lab.org'],
    ]);
  });

  it('uses the time zone when there is no email to show', () => {
    const details = nameDetails([
      { id: 'a', displayName: 'Sam', timezone: 'America/Lima' },
      { id: 'b', displayName: 'Sam', timezone: 'Europe/Madrid' },
    ]);
    expect(details.get('a')).toBe('America/Lima');
    expect(details.get('b')).toBe('Europe/Madrid');
  });

  it('shortens the local part of an address', () => {
    expect(emailStart('abc@x.org')).toBe('abc@x.org');
    expect(emailStart('abcdefghij@x.org')).toBe('abcdef…@x.org');
  });
});
