import {
  answerLink,
  answerTokenMatchId,
  answerTokenValid,
  linkState,
  signAnswerToken,
} from './answer-links';
import { MATCH_STATUSES } from './match-transitions';

const SECRET = 's'.repeat(40);
const match = { id: '7d1f2a4b-9c3e-4f5a-8b6c-0d1e2f3a4b5c', mentorId: 'mentor-1' };

describe('answer links', () => {
  it('are bound to the match and its mentor', () => {
    const token = signAnswerToken(match.id, match.mentorId, SECRET);
    expect(answerTokenMatchId(token)).toBe(match.id);
    expect(answerTokenValid(token, match, SECRET)).toBe(true);
    expect(answerTokenValid(token, { ...match, mentorId: 'mentor-2' }, SECRET)).toBe(false);
    expect(answerTokenValid(token, { ...match, id: match.id.replace(/c$/, 'd') }, SECRET)).toBe(
      false,
    );
    expect(answerTokenValid(token, match, 't'.repeat(40))).toBe(false);
    expect(answerTokenValid(`${token.slice(0, -2)}xx`, match, SECRET)).toBe(false);
  });

  it('refuse what is not a token before any lookup', () => {
    for (const bad of ['', 'abc', 'abc.def', `${match.id}`, 'x'.repeat(300)]) {
      expect(answerTokenMatchId(bad)).toBeNull();
    }
  });

  it('open the answer page with the choice, the token encoded', () => {
    const url = new URL(answerLink('decline', match, SECRET, 'https://p.example/'));
    expect(url.pathname).toBe('/answer');
    expect(url.searchParams.get('choice')).toBe('decline');
    expect(answerTokenValid(url.searchParams.get('token') ?? '', match, SECRET)).toBe(true);
  });

  it('act only while the proposal waits: once answered or expired they do nothing', () => {
    const states = Object.fromEntries(MATCH_STATUSES.map((s) => [s, linkState(s)]));
    expect(states).toEqual({
      PROPOSED: 'OPEN',
      ACCEPTED: 'ANSWERED',
      DECLINED: 'ANSWERED',
      COMPLETED: 'ANSWERED',
      ENDED: 'ANSWERED',
      EXPIRED: 'EXPIRED',
    });
  });
});
