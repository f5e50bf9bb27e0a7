import { decodeCursor, encodeCursor } from './cursor';

describe('keyset cursors', () => {
  it('decode what they encode', () => {
    const cursor = { at: '2026-11-24T20:41:14.123Z', id: '8d5e6a8e-1111-4a5b-9c4e-2f0f4d1e7a11' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each([
    ['not base64 JSON', 'bm9wZQ'],
    ['a number for a date', encodeCursor({ at: '1', id: '8d5e6a8e-1111-4a5b-9c4e-2f0f4d1e7a11' })],
    ['36 dashes for an id', encodeCursor({ at: '2026-11-24T20:41:14.123Z', id: '-'.repeat(36) })],
  ])('refuse %s as bad input on "after", not a database error', (_, text) => {
    expect(() => decodeCursor(text)).toThrow('after: is not a cursor this server gave out');
  });
});
