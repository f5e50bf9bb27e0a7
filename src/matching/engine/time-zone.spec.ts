import { canonicalTimeZone } from './time-zone';

describe('canonicalTimeZone', () => {
  it.each([
    ['America/Bogota', 'America/Bogota'],
    ['Europe/Madrid', 'Europe/Madrid'],
    ['US/Eastern', 'America/New_York'],
    ['US/Pacific', 'America/Los_Angeles'],
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['America/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
    ['America/Argentina/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['Etc/UTC', 'UTC'],
    ['UTC', 'UTC'],
    ['Australia/Lord_Howe', 'Australia/Lord_Howe'],
    ['  America/Santiago ', 'America/Santiago'],
  ])('%s is stored as %s', (input, expected) => {
    expect(canonicalTimeZone(input)).toBe(expected);
  });

  it.each([
    '',
    'Mars/Olympus_Mons',
    'America/Bogot',
    '+05:00',
    'GMT+5',
    'a'.repeat(80),
    'Europe/../etc/passwd',
    'america;drop',
  ])('refuses %j', (input) => {
    expect(canonicalTimeZone(input)).toBeNull();
  });
});
