import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { translateApiError, type FormErrors } from '../../api/errors';
import { useSession } from '../../auth/session';
import { DeclineForm, type DeclineAnswer } from '../../components/DeclineForm';
import { Page } from '../../components/Layout';
import { SharedReasons } from '../../components/MatchReasons';
import { PersonCard } from '../../components/PersonCard';
import { Notice, Spinner } from '../../components/fields';
import type { ProposalByLinkFieldsFragment as Proposal } from '../../gql/graphql';
import { applyLanguage, hasChosenLanguage } from '../../i18n';
import { formatInZone, zoneOffset } from '../../lib/format';
import { apiTranslator } from '../../lib/labels';
import { useLocale } from '../../lib/use-locale';
import { linkReason } from '../account/link-errors';
import { AnswerProposalByLinkMutation, ProposalByLinkQuery } from './answer.graphql';

type Choice = 'accept' | 'decline';
type View =
  'loading' | 'failed' | 'invalid' | 'open' | 'accepted' | 'declined' | 'used' | 'expired';

// Statuses that come after an acceptance (a mentorship under way, or over).
const AFTER_ACCEPTANCE = ['ACCEPTED', 'COMPLETED', 'ENDED'];
const NO_ERRORS: FormErrors = { fields: {}, form: null };

// /answer?token=…&choice=accept|decline, the links of a proposal email. Opening one only
// reads the proposal (mail scanners follow links); the page's button answers it, once,
// without a login.
export function AnswerPage() {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const choice: Choice = params.get('choice') === 'decline' ? 'decline' : 'accept';
  // What this page's own answer did; the proposal as the API returned it then.
  const [answered, setAnswered] = useState<{ accepted: boolean; proposal: Proposal } | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  // Read once; once answered, the page shows the answer and does not read again.
  const [result, reexecute] = useQuery({
    query: ProposalByLinkQuery,
    variables: { token },
    pause: !token || answered !== null || invalid,
  });
  const [answerState, answer] = useMutation(AnswerProposalByLinkMutation);
  const proposal = answered?.proposal ?? result.data?.proposalByLink;

  // The mentor's language, unless this browser's language was chosen with the switch.
  const language = proposal?.mentorLanguage;
  useEffect(() => {
    if (language && !hasChosenLanguage()) {
      applyLanguage(language === 'ES' ? 'es' : 'en');
    }
  }, [language]);

  const view = viewOf({
    token,
    invalid: invalid || linkReason(result.error) === 'TOKEN_INVALID',
    answered: answered && (answered.accepted ? 'accepted' : 'declined'),
    state: proposal?.state,
    failed: !!result.error,
  });

  // When an action changes what the page says, its heading takes the focus so that it is
  // read out (not after the first load: the page starts at the top anyway).
  const lastView = useRef(view);
  useEffect(() => {
    if (lastView.current === view) {
      return;
    }
    const wasLoading = lastView.current === 'loading';
    lastView.current = view;
    if (!wasLoading) {
      document.querySelector<HTMLElement>('main h1')?.focus();
    }
  }, [view]);

  const send = (accept: boolean, decline?: DeclineAnswer) => {
    setErrors(NO_ERRORS);
    void answer({ token, accept, reason: decline?.reason, note: decline?.note }).then((r) => {
      const done = r.data?.answerProposalByLink;
      if (done) {
        setAnswered({ accepted: accept, proposal: done });
        return;
      }
      const reason = linkReason(r.error);
      if (reason === 'TOKEN_INVALID') {
        setInvalid(true);
        return;
      }
      if (reason) {
        // Answered elsewhere, or expired, since the page opened: read it again to say which.
        reexecute({ requestPolicy: 'network-only' });
      }
      if (r.error) {
        setErrors(translateApiError(r.error, apiTranslator(i18n)));
      }
    });
  };

  const name = proposal?.mentee.displayName ?? '';
  switch (view) {
    case 'loading':
      return (
        <Page title={t('answer.loadingTitle')}>
          <Spinner label={t('answer.loading')} />
        </Page>
      );
    case 'failed':
      return (
        <Page title={t('answer.failedTitle')} width="narrow">
          <Notice kind="error">
            {(result.error && translateApiError(result.error, apiTranslator(i18n)).form) ??
              t('errors.network')}
          </Notice>
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => reexecute({ requestPolicy: 'network-only' })}
          >
            {t('common.retry')}
          </button>
        </Page>
      );
    case 'invalid':
      return (
        <Page title={t('answer.invalidTitle')} width="narrow">
          <Notice kind="error">{t('answer.invalidText')}</Notice>
          <NextStep />
        </Page>
      );
    case 'accepted':
      return (
        <Page title={t('answer.acceptedTitle', { name })} width="narrow">
          <Notice kind="success">{t('answer.acceptedText', { name })}</Notice>
          <NextStep booking />
        </Page>
      );
    case 'declined':
      return (
        <Page title={t('answer.declinedTitle', { name })} width="narrow">
          <Notice kind="success">{t('answer.declinedText', { name })}</Notice>
          <NextStep />
        </Page>
      );
    case 'used':
      return (
        <Page title={t('answer.usedTitle')} width="narrow">
          <Notice kind="info">
            {proposal && AFTER_ACCEPTANCE.includes(proposal.status)
              ? t('answer.usedAccepted', { name })
              : t('answer.usedDeclined', { name })}
          </Notice>
          <NextStep />
        </Page>
      );
    case 'expired':
      return (
        <Page title={t('answer.expiredTitle')} width="narrow">
          <Notice kind="info">
            {proposal && t('answer.expiredText', { name, ...deadline(proposal, locale) })}
          </Notice>
          <NextStep />
        </Page>
      );
    case 'open':
      break;
  }
  if (!proposal) {
    return null;
  }
  return (
    <Page
      title={t('answer.title', { name })}
      lead={t('answer.lead', { name, mentor: proposal.mentorName })}
    >
      <p className="answer-by">{t('answer.answerBy', deadline(proposal, locale))}</p>
      <section aria-labelledby="answer-why" className="section-block">
        <h2 id="answer-why">{t('matches.whyTitle')}</h2>
        <SharedReasons
          languages={proposal.sharedLanguages}
          interests={proposal.sharedInterests}
          overlapMinutesPerWeek={proposal.overlapMinutesPerWeek}
          locale={locale}
        />
      </section>
      <section aria-labelledby="answer-about" className="section-block">
        <h2 id="answer-about">{t('matches.aboutPerson', { name })}</h2>
        <PersonCard
          person={{ ...proposal.mentee, role: 'MENTEE' }}
          locale={locale}
          headingId="answer-about"
        />
      </section>
      <AnswerForm
        choice={choice}
        name={name}
        errors={errors}
        busy={answerState.fetching}
        onChoice={(next) => {
          setErrors(NO_ERRORS);
          setParams(
            (p) => {
              p.set('choice', next);
              return p;
            },
            { replace: true },
          );
        }}
        onAccept={() => send(true)}
        onDecline={(d) => send(false, d)}
        onInvalid={(fields) => setErrors({ fields, form: null })}
      />
    </Page>
  );
}

function viewOf(s: {
  token: string;
  invalid: boolean;
  answered: 'accepted' | 'declined' | null;
  state: string | undefined;
  failed: boolean;
}): View {
  if (!s.token || s.invalid) {
    return 'invalid';
  }
  if (s.answered) {
    return s.answered;
  }
  if (s.state === undefined) {
    return s.failed ? 'failed' : 'loading';
  }
  // OPEN can be answered; anything else (ANSWERED, or a state this client does not know yet)
  // cannot, except that EXPIRED says when it ended.
  return s.state === 'OPEN' ? 'open' : s.state === 'EXPIRED' ? 'expired' : 'used';
}

// The proposal's deadline in the mentor's own zone, with the zone named.
function deadline(proposal: Proposal, locale: string) {
  const at = new Date(proposal.expiresAt);
  const zone = proposal.mentorTimezone;
  return {
    when: formatInZone(at, zone, locale, { dateStyle: 'long', timeStyle: 'short' }),
    zone,
    offset: zoneOffset(zone, locale, at),
  };
}

// Accept (the choice of the email's first link) or decline with a reason (the second);
// each offers the other. Only these buttons answer.
function AnswerForm({
  choice,
  name,
  errors,
  busy,
  onChoice,
  onAccept,
  onDecline,
  onInvalid,
}: {
  choice: Choice;
  name: string;
  errors: FormErrors;
  busy: boolean;
  onChoice: (choice: Choice) => void;
  onAccept: () => void;
  onDecline: (answer: DeclineAnswer) => void;
  onInvalid: (fields: Record<string, string>) => void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // After switching between accept and decline, the focus goes to the new part's heading.
  const switched = useRef(false);
  useEffect(() => {
    if (switched.current) {
      heading.current?.focus();
    }
  }, [choice]);
  const change = (next: Choice) => {
    switched.current = true;
    onChoice(next);
  };

  return (
    <section aria-labelledby="answer-title" className="card answer-card">
      <h2 id="answer-title" ref={heading} tabIndex={-1}>
        {choice === 'accept' ? t('answer.acceptTitle') : t('answer.declineTitle')}
      </h2>
      {errors.form && <Notice kind="error">{errors.form}</Notice>}
      {choice === 'accept' ? (
        <>
          <p>{t('answer.acceptText', { name })}</p>
          <div className="form-actions">
            <button
              type="button"
              className="btn btn-primary btn-large"
              disabled={busy}
              onClick={onAccept}
            >
              {t('answer.acceptButton')}
            </button>
            <button type="button" className="btn btn-link" onClick={() => change('decline')}>
              {t('answer.declineInstead')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{t('answer.declineText', { name })}</p>
          <DeclineForm
            id="answer"
            errors={errors.fields}
            busy={busy}
            cancelLabel={t('answer.acceptInstead')}
            onSubmit={onDecline}
            onInvalid={onInvalid}
            onCancel={() => change('accept')}
          />
        </>
      )}
    </section>
  );
}

// The way on from every outcome: the matches page, through the login when needed.
function NextStep({ booking = false }: { booking?: boolean }) {
  const { t } = useTranslation();
  const { me, loading } = useSession();
  if (loading) {
    return null;
  }
  return me ? (
    <Link to="/matches" className="btn btn-primary">
      {t('answer.toMatches')}
    </Link>
  ) : (
    <Link to={`/login?next=${encodeURIComponent('/matches')}`} className="btn btn-primary">
      {booking ? t('answer.loginToBook') : t('answer.loginToMatches')}
    </Link>
  );
}
