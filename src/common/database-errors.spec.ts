import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable, isUniqueViolation } from './database-errors';

const driverError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('database errors', () => {
  it('tells a unique violation', () => {
    expect(isUniqueViolation(new QueryFailedError('INSERT', [], driverError('23505')))).toBe(true);
    expect(isUniqueViolation(new QueryFailedError('INSERT', [], driverError('23503')))).toBe(false);
    expect(isUniqueViolation(new Error('23505'))).toBe(false);
  });

  it.each([
    ['refused', driverError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['shut down', new QueryFailedError('SELECT 1', [], driverError('57P01'))],
    ['dropped', new Error('Connection terminated unexpectedly')],
    ['pool', new Error('timeout exceeded when trying to connect')],
    ['both families', Object.assign(new AggregateError([driverError('ECONNREFUSED')]), {})],
  ])('tells the database is unreachable: %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a constraint', new QueryFailedError('INSERT', [], driverError('23505'))],
    ['a bug', new TypeError('cannot read properties of undefined')],
    ['a syntax error', new QueryFailedError('SELEC', [], driverError('42601'))],
  ])('does not mistake %s for an outage', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
