import {
  describeUnmatched,
  languageGroup,
  median,
  offsetBand,
  overlapBucket,
} from './report-maths';

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
    expect(overlapBucket(0)).toBe('under 1 h');
    expect(overlapBucket(60)).toBe('1-2 h');
    expect(overlapBucket(119)).toBe('1-2 h');
    expect(overlapBucket(120)).toBe('2-3 h');
    expect(overlapBucket(180)).toBe('3-5 h');
    expect(overlapBucket(299)).toBe('3-5 h');
    expect(overlapBucket(300)).toBe('5 h or more');
  });
  it('takes the median as percentile_cont(0.5) does', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([9, 1, 4])).toBe(4);
    expect(median([10, 1, 4, 2])).toBe(3);
  });
  it('says in words who is left unmatched', () => {
    expect(describeUnmatched('12', 'Spanish only', 'UTC-5..-3', 'NO_SHARED_LANGUAGE')).toBe(
      '12 Spanish-only mentees in UTC-5..-3 without a mentor who speaks their language',
    );
  });
});
