import { describe, expect, it } from 'vitest';
import { normalizeForSearch, sameZone, searchZones, zoneIndex } from './timezones';

const at = new Date('2026-03-04T12:00:00Z');

describe('time zone search', () => {
  const index = zoneIndex('es', at);

  it('finds a city with or without its accent', () => {
    expect(searchZones(index, 'Bogotá')[0]?.id).toBe('America/Bogota');
    expect(searchZones(index, 'bogota')[0]?.id).toBe('America/Bogota');
  });

  it('reads underscores as spaces and ranks the city first', () => {
    expect(searchZones(index, 'mexico city')[0]?.id).toBe('America/Mexico_City');
    expect(searchZones(index, 'madrid')[0]?.id).toBe('Europe/Madrid');
  });

  it('finds zones by the Spanish names people type', () => {
    expect(searchZones(index, 'ciudad de méxico')[0]?.id).toBe('America/Mexico_City');
    expect(searchZones(index, 'nueva york')[0]?.id).toBe('America/New_York');
    expect(searchZones(index, 'españa').map((z) => z.id)).toContain('Europe/Madrid');
  });

  it('finds zones by their long name in the page language', () => {
    const ids = searchZones(zoneIndex('en', at), 'Colombia').map((z) => z.id);
    expect(ids).toContain('America/Bogota');
  });

  it('needs every word of the query', () => {
    expect(searchZones(index, 'america zzz')).toEqual([]);
  });

  it('normalises text for search', () => {
    expect(normalizeForSearch('  América/Ciudad_Juárez ')).toBe('america ciudad juarez');
  });

  it('treats links of one zone as the same zone', () => {
    expect(sameZone('US/Eastern', 'America/New_York')).toBe(true);
    expect(sameZone('Europe/Madrid', 'Europe/Paris')).toBe(false);
  });
});
