// Names, places and habits for demo cohorts: people from Latin America, Spain, the US and
// Africa, speaking English, Spanish or both.
export const SPANISH_FIRST = [
  'María',
  'José',
  'Lucía',
  'Sofía',
  'Valentina',
  'Camila',
  'Mateo',
  'Santiago',
  'Íñigo',
  'Ximena',
  'Alejandro',
  'Daniela',
  'Andrés',
  'Paula',
  'Joaquín',
  'Renata',
  'Tomás',
  'Guadalupe',
  'Nicolás',
  'Ainhoa',
  'Begoña',
  'Martín',
  'Catalina',
  'Gabriel',
  'Inés',
  'Rocío',
  'Ramón',
  'Nuria',
  'Emilio',
  'Antonella',
];
export const SPANISH_LAST = [
  'García',
  'Rodríguez',
  'Martínez',
  'Hernández',
  'López',
  'González',
  'Pérez',
  'Sánchez',
  'Ramírez',
  'Torres',
  'Flores',
  'Rivera',
  'Gómez',
  'Díaz',
  'Muñoz',
  'Rojas',
  'Núñez',
  'Castaño',
  'Ibáñez',
  'Quispe',
  'Mamani',
  'Vargas',
  'Ortiz',
  'Peña',
  'Echeverría',
];
export const ENGLISH_FIRST = [
  'Emma',
  'Olivia',
  'Liam',
  'Noah',
  'Ava',
  'James',
  'Amara',
  'Chidi',
  'Grace',
  'Kwame',
  'Zainab',
  'Ethan',
  'Maya',
  'Lucas',
  'Harper',
  'Kofi',
  'Nia',
  'Samuel',
  'Aisha',
  'Daniel',
  'Chloe',
  'Tunde',
  'Wanjiru',
  'Henry',
  'Ruth',
];
export const ENGLISH_LAST = [
  'Smith',
  'Johnson',
  'Brown',
  'Okafor',
  'Mensah',
  'Williams',
  'Adeyemi',
  'Taylor',
  'Kamau',
  'Walker',
  'Owusu',
  'Clarke',
  'Mwangi',
  'Bello',
  'Harris',
  'Nwosu',
  'Lee',
  'Cooper',
  'Otieno',
  'Evans',
];

// Zones weighted as the program: most in Latin America, then Spain, the US, Africa.
export const ZONES: [string, number][] = [
  ['America/Bogota', 10],
  ['America/Mexico_City', 10],
  ['America/Lima', 7],
  ['America/Argentina/Buenos_Aires', 7],
  ['America/Santiago', 6],
  ['America/Caracas', 3],
  ['America/Guatemala', 3],
  ['America/Montevideo', 2],
  ['America/Guayaquil', 2],
  ['America/La_Paz', 2],
  ['America/Costa_Rica', 2],
  ['Europe/Madrid', 10],
  ['Atlantic/Canary', 2],
  ['America/New_York', 7],
  ['America/Chicago', 4],
  ['America/Denver', 2],
  ['America/Los_Angeles', 5],
  ['America/Puerto_Rico', 2],
  ['Africa/Lagos', 4],
  ['Africa/Nairobi', 3],
  ['Africa/Johannesburg', 2],
  ['Africa/Accra', 2],
  ['Africa/Malabo', 1],
  ['Africa/Casablanca', 1],
];

export const SPANISH_ZONES = new Set([
  'America/Bogota',
  'America/Mexico_City',
  'America/Lima',
  'America/Argentina/Buenos_Aires',
  'America/Santiago',
  'America/Caracas',
  'America/Guatemala',
  'America/Montevideo',
  'America/Guayaquil',
  'America/La_Paz',
  'America/Costa_Rica',
  'Europe/Madrid',
  'Atlantic/Canary',
  'America/Puerto_Rico',
  'Africa/Malabo',
]);

export const ABOUT_ES = [
  'Estudio bioinformática y quiero hacer mi primera contribución.',
  'Investigadora en ecología; uso R a diario y quiero aprender a empaquetar.',
  'Me interesa la documentación y la traducción de proyectos científicos.',
  'Ingeniero de datos aprendiendo a revisar código en proyectos abiertos.',
];
export const ABOUT_EN = [
  'Maintainer of a scientific Python package; happy to help with first PRs.',
  'Research software engineer; I care about testing and reproducibility.',
  'Astronomy postdoc learning to contribute to open-source tooling.',
  'Community manager for an open-data project.',
];

// A small random generator with a seed, so a demo looks the same each time.
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

export function weighted<T>(r: () => number, items: [T, number][]): T {
  const total = items.reduce((a, [, w]) => a + w, 0);
  let x = r() * total;
  for (const [item, w] of items) {
    x -= w;
    if (x < 0) {
      return item;
    }
  }
  return items[items.length - 1][0];
}

// Zipf-like: the first tags are much more common than the last.
export function zipfTags(r: () => number, tags: readonly string[], count: number): string[] {
  const chosen = new Set<string>();
  while (chosen.size < count) {
    const rank = Math.min(tags.length - 1, Math.floor(tags.length * Math.pow(r(), 2.2)));
    chosen.add(tags[rank]);
  }
  return [...chosen];
}

const DAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;

// Evenings on weekdays and some weekend mornings, 2 to 5 windows, on the 30-minute grid.
export function weeklyWindows(
  r: () => number,
): { day: (typeof DAYS)[number]; start: string; end: string }[] {
  const n = 2 + Math.floor(r() * 4);
  const days = [...DAYS].sort(() => r() - 0.5).slice(0, n);
  return days.map((day) => {
    const weekend = day === 'SAT' || day === 'SUN';
    const startHalfHours = weekend ? 18 + Math.floor(r() * 8) : 32 + Math.floor(r() * 10);
    const length = 2 + Math.floor(r() * 5);
    const end = Math.min(48, startHalfHours + length);
    const hhmm = (h: number) =>
      `${String(Math.floor(h / 2)).padStart(2, '0')}:${h % 2 ? '30' : '00'}`;
    return { day, start: hhmm(startHalfHours), end: hhmm(end) };
  });
}
