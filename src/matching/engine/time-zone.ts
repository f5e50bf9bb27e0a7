// The one zone canonicaliser (the engine's; the rest of Puente imports it from here): every IANA zone name that enters Puente (profiles, filters,
// session bookings) is validated and stored in the form this returns.
// ICU (and so Node's Intl) resolves some zones to old CLDR names; IANA's current names
// are what we store and show.
const ICU_TO_IANA: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Godthab': 'America/Nuuk',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Asia/Ulan_Bator': 'Asia/Ulaanbaatar',
};

// The canonical IANA name of a zone the runtime knows, or null for an unknown name.
// Links such as "US/Eastern" resolve to their target ("America/New_York").
export function canonicalTimeZone(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(trimmed)) {
    return null;
  }
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  // Offsets-only names ("+05:00") are not zones a person lives in.
  if (!resolved.includes('/') && resolved !== 'UTC') {
    return null;
  }
  return ICU_TO_IANA[resolved] ?? resolved;
}
