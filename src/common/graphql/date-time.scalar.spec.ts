import { Kind } from 'graphql';
import { StrictDateTime } from './date-time.scalar';

describe('the strict DateTime scalar', () => {
  it.each([
    ['2027-01-22T16:30:00Z', '2027-01-22T16:30:00.000Z'],
    ['2027-01-22T16:30:00-05:00', '2027-01-22T21:30:00.000Z'],
    ['2028-02-29T00:00:00.250Z', '2028-02-29T00:00:00.250Z'],
  ])('accepts %s', (text, iso) => {
    expect(StrictDateTime.parseValue(text).toISOString()).toBe(iso);
    expect(StrictDateTime.parseLiteral({ kind: Kind.STRING, value: text }).toISOString()).toBe(iso);
  });

  it.each([
    ['an impossible day', '2027-02-30T16:30:00Z'],
    ['the 31st of April', '2027-04-31T10:00:00Z'],
    ['a date alone', '2027-01-22'],
    ['a year alone', '2027'],
    ['no offset', '2027-01-22T16:30:00'],
    ['a trailing NUL', '2027-01-22T16:30:00Z\u0000'],
    ['a number', 1_700_000_000_000],
    ['an array', ['2027-01-22T16:30:00Z']],
    ['not a leap year', '2027-02-29T00:00:00Z'],
  ])('refuses %s', (_name, value) => {
    expect(() => StrictDateTime.parseValue(value)).toThrow(/real date and time/);
  });

  it('refuses a literal that is not a string', () => {
    expect(() => StrictDateTime.parseLiteral({ kind: Kind.INT, value: '5' })).toThrow(
      /real date and time/,
    );
  });

  it('writes instants in UTC', () => {
    expect(StrictDateTime.serialize(new Date('2027-01-22T16:30:00-05:00'))).toBe(
      '2027-01-22T21:30:00.000Z',
    );
  });
});
