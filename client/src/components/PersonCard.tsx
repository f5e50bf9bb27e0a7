import { useTranslation } from 'react-i18next';
import type { PersonFieldsFragment } from '../gql/graphql';
import { formatTimeIn, zoneOffset } from '../lib/format';
import { goalLabel, interestLabel } from '../lib/labels';
import { TagList } from './TagList';
import { WindowSummary } from './WindowSummary';

// What every view of a person has; the answer-link page knows no more than this (no
// weekly hours, no preferred language).
type CardPerson = Pick<
  PersonFieldsFragment,
  'displayName' | 'role' | 'languages' | 'timezone' | 'interests' | 'goals' | 'about'
> &
  Partial<Pick<PersonFieldsFragment, 'preferredLanguage' | 'expertise' | 'availability'>>;

// Another person's profile as a mentor or mentee sees it (never their private answers).
export function PersonCard({
  person,
  locale,
  email,
  headingId,
  viewerZone,
}: {
  person: CardPerson;
  locale: string;
  email?: string | null;
  headingId: string;
  // The reader's zone: the person's hours are shown in it, with theirs beside.
  viewerZone?: string;
}) {
  const { t, i18n } = useTranslation();
  const now = new Date();
  return (
    <div className="person">
      <dl className="facts facts-compact">
        {email && (
          <div>
            <dt>{t('profile.email')}</dt>
            <dd>
              <a href={`mailto:${email}`}>{email}</a>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('profile.languages')}</dt>
          <dd>
            {person.languages
              .map((l) =>
                l === person.preferredLanguage
                  ? `${t(`languages.${l}`)} (${t('profile.preferred')})`
                  : t(`languages.${l}`),
              )
              .join(', ')}
          </dd>
        </div>
        <div>
          <dt>{t('profile.timezone')}</dt>
          <dd>
            {person.timezone}{' '}
            <span className="muted">
              ·{' '}
              {t('form.timezoneNow', {
                time: formatTimeIn(now, person.timezone, locale),
                offset: zoneOffset(person.timezone, locale, now),
              })}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('profile.interests')}</dt>
          <dd>
            <TagList tags={person.interests.map((tag) => interestLabel(tag, t, i18n))} />
          </dd>
        </div>
        {person.role === 'MENTEE' ? (
          <div>
            <dt>{t('profile.goals')}</dt>
            <dd>
              <TagList tags={person.goals.map((tag) => goalLabel(tag, t, i18n))} />
            </dd>
          </div>
        ) : (
          <div>
            <dt>{t('profile.expertise')}</dt>
            <dd>
              <TagList tags={(person.expertise ?? []).map((tag) => goalLabel(tag, t, i18n))} />
            </dd>
          </div>
        )}
        {person.about && (
          <div>
            <dt>{t('profile.about')}</dt>
            <dd className="about-text">{person.about}</dd>
          </div>
        )}
      </dl>
      {person.availability && (
        <details className="details">
          <summary id={`${headingId}-hours`}>
            {t('matches.theirHours', { name: person.displayName })}
          </summary>
          <WindowSummary
            windows={person.availability}
            timezone={person.timezone}
            locale={locale}
            owner={viewerZone ? { name: person.displayName, viewerZone } : undefined}
          />
        </details>
      )}
    </div>
  );
}
