// Time zone names and search for the picker: IANA names from the browser's Intl, labelled
// with their current offset and a long name in the page's locale.

export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export function allTimeZones(): string[] {
  let zones: string[];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  return zones.includes('UTC') ? zones : [...zones, 'UTC'];
}

export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function zonePart(
  zone: string,
  locale: string,
  style: 'shortOffset' | 'long' | 'shortGeneric',
  at: Date,
): string {
  try {
    const parts = new Intl.DateTimeFormat(locale, {
      timeZone: zone,
      timeZoneName: style,
    }).formatToParts(at);
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

export type ZoneEntry = {
  id: string;
  // "Mexico City", the last part of the name, read as words.
  city: string;
  region: string;
  offset: string;
  longName: string;
  haystack: string;
};

// Lower case, no accents, underscores and slashes as spaces: "Bogotá" finds America/Bogota.
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[_/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Names people type that the zone's IANA name and Intl's names do not contain.
const ALIASES: Record<string, string> = {
  'America/Mexico_City': 'Ciudad de México CDMX México Mexico',
  'America/New_York': 'Nueva York',
  'America/Los_Angeles': 'Los Ángeles California',
  'America/Havana': 'La Habana Cuba',
  'America/Sao_Paulo': 'São Paulo Brasil Brazil',
  'America/Argentina/Buenos_Aires': 'Argentina',
  'America/Buenos_Aires': 'Argentina',
  'America/Guayaquil': 'Ecuador Quito',
  'America/Santiago': 'Chile',
  'America/Lima': 'Perú Peru',
  'America/Caracas': 'Venezuela',
  'America/La_Paz': 'Bolivia',
  'America/Asuncion': 'Paraguay',
  'America/Montevideo': 'Uruguay',
  'America/Puerto_Rico': 'San Juan',
  'America/Santo_Domingo': 'República Dominicana Dominican Republic',
  'America/Guatemala': 'Guatemala',
  'America/Tegucigalpa': 'Honduras',
  'America/Managua': 'Nicaragua',
  'America/Costa_Rica': 'San José',
  'America/Panama': 'Panamá',
  'America/El_Salvador': 'San Salvador',
  'Europe/Madrid': 'España Spain',
  'Atlantic/Canary': 'Canarias Canary Islands España Spain',
  'Europe/London': 'Londres Reino Unido United Kingdom UK',
  'Europe/Lisbon': 'Lisboa',
  'Europe/Paris': 'París Francia France',
  'Europe/Rome': 'Roma Italia Italy',
  'Europe/Berlin': 'Alemania Germany',
  'Europe/Brussels': 'Bruselas Bélgica Belgium',
  'Europe/Amsterdam': 'Ámsterdam Países Bajos Netherlands',
  'Asia/Tokyo': 'Tokio Japón Japan',
  'Asia/Shanghai': 'China Pekín Beijing',
  'Asia/Kolkata': 'India',
  'Asia/Calcutta': 'India Kolkata',
};

export function describeZone(id: string, locale: string, at: Date): ZoneEntry {
  const parts = id.split('/');
  const city = (parts[parts.length - 1] ?? id).replace(/_/g, ' ');
  const region = parts.slice(0, -1).join(' / ').replace(/_/g, ' ');
  const offset = zonePart(id, locale, 'shortOffset', at);
  const longName = zonePart(id, locale, 'long', at);
  // Generic names often carry the country ("hora de Colombia"), in both languages.
  const generic = `${zonePart(id, locale, 'shortGeneric', at)} ${zonePart(id, 'en', 'shortGeneric', at)}`;
  return {
    id,
    city,
    region,
    offset,
    longName,
    haystack: normalizeForSearch(`${id} ${longName} ${offset} ${generic} ${ALIASES[id] ?? ''}`),
  };
}

const indexCache = new Map<string, ZoneEntry[]>();

export function zoneIndex(locale: string, at: Date): ZoneEntry[] {
  const key = `${locale}|${at.toISOString().slice(0, 10)}`;
  let index = indexCache.get(key);
  if (!index) {
    index = allTimeZones().map((id) => describeZone(id, locale, at));
    indexCache.set(key, index);
  }
  return index;
}

// Every word of the query must appear; cities starting with the query come first.
export function searchZones(index: readonly ZoneEntry[], query: string, limit = 50): ZoneEntry[] {
  const q = normalizeForSearch(query);
  if (q === '') {
    return index.slice(0, limit);
  }
  const words = q.split(' ');
  const scored: { entry: ZoneEntry; rank: number }[] = [];
  for (const entry of index) {
    if (!words.every((w) => entry.haystack.includes(w))) {
      continue;
    }
    const city = normalizeForSearch(entry.city);
    const rank =
      city === q ? 0 : city.startsWith(q) ? 1 : normalizeForSearch(entry.id).includes(q) ? 2 : 3;
    scored.push({ entry, rank });
  }
  scored.sort((a, b) => a.rank - b.rank || a.entry.id.localeCompare(b.entry.id));
  return scored.slice(0, limit).map((s) => s.entry);
}

// Two names for one zone ("Asia/Calcutta" and "Asia/Kolkata") count as the same.
export function sameZone(a: string, b: string): boolean {
  if (a === b) {
    return true;
  }
  try {
    const resolve = (zone: string) =>
      new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    return resolve(a) === resolve(b);
  } catch {
    return false;
  }
}
