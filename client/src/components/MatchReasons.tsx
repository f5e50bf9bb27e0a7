import { useTranslation } from 'react-i18next';
import type { MatchFieldsFragment } from '../gql/graphql';
import { formatClock, formatHours, formatList, weekdayName } from '../lib/format';
import { interestLabel } from '../lib/labels';
import { parseOverlap } from '../lib/schedule';

type Side = 'mentor' | 'mentee';

// Why a pair was proposed, in plain words: shared languages, shared interests, the shared
// weekly hours in the reader's own time, and each part of the score.
export function MatchReasons({
  match,
  languages,
  side,
  locale,
}: {
  match: Pick<MatchFieldsFragment, 'score' | 'breakdown'>;
  languages: string[];
  side: Side;
  locale: string;
}) {
  const { t } = useTranslation();
  const b = match.breakdown;
  const clock = (m: number) => (m >= 24 * 60 ? t('common.midnight') : formatClock(m, locale));
  // In the order of the week, in the reader's own time.
  const overlap = b.overlap
    .map((w) => ({ text: w[side], parsed: parseOverlap(w[side]) }))
    .sort((x, y) =>
      x.parsed && y.parsed ? x.parsed.day - y.parsed.day || x.parsed.start - y.parsed.start : 0,
    )
    .map(({ text, parsed }) =>
      parsed
        ? `${weekdayName(parsed.day, locale, 'long')} ${clock(parsed.start)}–${clock(parsed.end)}`
        : text,
    );
  // The equity part is the mentee's private self-identification: only she sees it (the
  // API gives everyone else 0).
  const parts =
    side === 'mentee'
      ? (['language', 'availability', 'interests', 'goals', 'equity'] as const)
      : (['language', 'availability', 'interests', 'goals'] as const);
  const level = (v: number) =>
    v >= 0.8 ? 'strong' : v >= 0.5 ? 'good' : v > 0 ? 'some' : ('none' as const);
  return (
    <div className="reasons">
      <SharedReasons
        languages={languages}
        interests={b.sharedInterests}
        overlapMinutesPerWeek={b.overlapMinutesPerWeek}
        overlap={overlap}
        locale={locale}
      />
      <details className="details">
        <summary>{t('matches.scoreSummary', { score: Math.round(match.score / 10) })}</summary>
        <dl className="score-list">
          {parts.map((p) => (
            <div key={p}>
              <dt>{t(`matches.part.${p}`)}</dt>
              <dd>
                <meter min={0} max={1} value={b[p]} aria-label={t(`matches.part.${p}`)} />{' '}
                {t(`matches.level.${level(b[p])}`)} ({Math.round(b[p] * 100)} %)
              </dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}

// The plain-words part: shared languages, shared interests and the shared weekly hours
// (with the windows in the reader's time when they are known). Also on the answer-link page.
export function SharedReasons({
  languages,
  interests,
  overlapMinutesPerWeek,
  overlap = [],
  locale,
}: {
  languages: string[];
  interests: string[];
  overlapMinutesPerWeek: number;
  overlap?: string[];
  locale: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="reason-list">
      <li>
        {languages.length > 0
          ? t('matches.sharedLanguages', {
              // Spanish writes language names in lower case inside a sentence.
              list: formatList(
                languages.map((l) => {
                  const name = t(`languages.${l as 'EN'}`);
                  return i18n.language === 'es' ? name.toLocaleLowerCase('es') : name;
                }),
                locale,
              ),
            })
          : t('matches.noSharedLanguage')}
      </li>
      <li>
        {interests.length > 0
          ? t('matches.sharedInterests', {
              list: formatList(
                interests.map((tag) => interestLabel(tag, t, i18n)),
                locale,
              ),
            })
          : t('matches.noSharedInterests')}
      </li>
      <li>
        {t('matches.overlapHours', {
          count: overlapMinutesPerWeek / 60,
          value: formatHours(overlapMinutesPerWeek, locale),
        })}
        {overlap.length > 0 && (
          <>
            {' '}
            {t('matches.overlapInYourTime')}
            <ul className="overlap-list">
              {overlap.map((o) => (
                <li key={o}>{o}</li>
              ))}
            </ul>
          </>
        )}
      </li>
    </ul>
  );
}
