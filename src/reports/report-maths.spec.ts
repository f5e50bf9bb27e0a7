import { describeUnmatched, languageGroup, offsetBand, overlapBucket } from './report-maths';

describe('report maths', () => {
  it('groups languages and offsets', () => {
    expect(languageGroup(['EN'])).toBe('English only');
    expect(languageGroup(['ES'])).toBe('Spanish only');
    expect(languageGroup(['EN', 'ES'])).toBe('Both');
    expect(offsetBand(-8)).toBe('UTC-12..-6');
    expect(offsetBand(-5)).toBe('UTC-5..-3');
    expect(offsetBand(-3)).toBe('UTC-5..-3');
    expect(offsetBand(-2.5)).toBe('UTC-5..-3');
    expect(offsetBand(0)).toBe('UTC-2..+0');
    expect(offsetBand(1)).toBe('UTC+1..+3');
    expect(offsetBand(5.5)).toBe('UTC+4..+14');
    expect(overlapBucket(59)).toBe('under 1 h');
    expect(overlapBucket(180)).toBe('3-5 h');
  });
  it('says in words who is left unmatched', () => {
    expect(describeUnmatched('12', 'Spanish only', 'UTC-5..-3', 'NO_SHARED_LANGUAGE')).toBe(
      '12 Spanish-only mentees in UTC-5..-3 without a mentor who speaks their language',
    );
  });
});
