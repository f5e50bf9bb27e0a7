import { distinctNames } from './csv-report';

describe('names in the CSV', () => {
  it('tells apart people who share a name, by zone, then by the start of their id', () => {
    const names = distinctNames([
      { id: 'aaaaaaaa-1', name: 'Ana Pérez', timezone: 'America/Lima' },
      { id: 'bbbbbbbb-2', name: 'ana pérez', timezone: 'Europe/Madrid' },
      { id: 'cccccccc-3', name: 'Sam', timezone: 'UTC' },
      { id: 'dddddddd-4', name: 'Sam', timezone: 'UTC' },
      { id: 'eeeeeeee-5', name: 'Luis', timezone: 'UTC' },
      { id: 'aaaaaaaa-1', name: 'Ana Pérez', timezone: 'America/Lima' },
    ]);
    expect(Object.fromEntries(names)).toEqual({
      'aaaaaaaa-1': 'Ana Pérez (America/Lima)',
      'bbbbbbbb-2': 'ana pérez (Europe/Madrid)',
      'cccccccc-3': 'Sam (UTC, #cccccc)',
      'dddddddd-4': 'Sam (UTC, #dddddd)',
      'eeeeeeee-5': 'Luis',
    });
  });
});
