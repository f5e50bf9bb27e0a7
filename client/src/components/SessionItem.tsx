import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { translateApiError, type FormErrors } from '../api/errors';
import {
  CancelSessionMutation,
  CompleteSessionMutation,
  MarkNoShowMutation,
  SubmitFeedbackMutation,
} from '../pages/sessions/sessions.graphql';
import type { SessionFieldsFragment } from '../gql/graphql';
import { formatInZone } from '../lib/format';
import { apiTranslator } from '../lib/labels';
import { DownloadButton } from './DownloadButton';
import { FieldError, Fieldset, Notice } from './fields';
import { MoveSessionForm } from './MoveSessionForm';
import { ReasonForm } from './ReasonForm';

const WHEN: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: 'numeric',
  minute: '2-digit',
};

// One session: when it is for you and for the other person, and what you can do with it.
export function SessionItem({
  session,
  zone,
  locale,
  now,
  onChange,
}: {
  session: SessionFieldsFragment;
  zone: string;
  locale: string;
  now: Date;
  onChange: () => void;
}) {
  const { t, i18n } = useTranslation();
  const start = new Date(session.startsAt);
  const started = now.getTime() >= start.getTime();
  const other = session.otherView;
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, form: null });
  const [, complete] = useMutation(CompleteSessionMutation);
  const [, noShow] = useMutation(MarkNoShowMutation);
  const [cancelState, cancel] = useMutation(CancelSessionMutation);
  const [cancelling, setCancelling] = useState(false);
  const [moving, setMoving] = useState(false);
  const [moved, setMoved] = useState(false);
  const headingId = `session-${session.id}`;
  // Each session repeats the same buttons: their names say which session (label first).
  const whenText = formatInZone(start, zone, locale, WHEN);
  const named = (action: string) => t('sessions.actionFor', { action, when: whenText });
  const fail = (e: Parameters<typeof translateApiError>[0]) =>
    setErrors(translateApiError(e, apiTranslator(i18n)));
  const after = (p: Promise<{ error?: Parameters<typeof translateApiError>[0] }>) =>
    void p.then((r) => {
      if (r.error) {
        fail(r.error);
      } else {
        setErrors({ fields: {}, form: null });
        onChange();
      }
    });

  return (
    <article className={`card session session-${session.status}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {formatInZone(start, zone, locale, WHEN)}
        <span className="muted">
          {' '}
          · {t('sessions.minutes', { count: session.durationMinutes })}
        </span>
      </h3>
      <p className="eyebrow">
        <span className={`pill pill-${session.status}`}>
          {t(`sessionStatus.${session.status}`)}
        </span>
      </p>
      {other && (
        <p className="other-time">
          {t('sessions.otherLocal', {
            name: other.person.displayName,
            time: formatInZone(start, other.timezone, locale, WHEN),
            zone: other.timezone,
          })}
        </p>
      )}
      {session.status === 'SCHEDULED' && session.myView && !session.myView.insideAvailability && (
        <p className="warn-line">{t('sessions.outsideYours')}</p>
      )}
      {session.status === 'SCHEDULED' && other && !other.insideAvailability && (
        <p className="warn-line">
          {t('sessions.outsideTheirs', { name: other.person.displayName })}
        </p>
      )}
      {session.agenda && (
        <p>
          <strong>{t('sessions.agenda')}:</strong> {session.agenda}
        </p>
      )}
      {session.cancelReason && (
        <p>
          <strong>{t('sessions.cancelReasonShown')}:</strong> {session.cancelReason}
        </p>
      )}
      {errors.form && <Notice kind="error">{errors.form}</Notice>}
      {moved && (
        <Notice kind="success">
          {t('sessions.moved', { name: other?.person.displayName ?? '' })}
        </Notice>
      )}
      <div className="session-actions">
        {session.status !== 'CANCELLED' && (
          <DownloadButton
            url={`/sessions/${session.id}.ics`}
            filename={`puente-session-${session.id}.ics`}
            label={t('sessions.ics')}
            accessibleName={named(t('sessions.ics'))}
          />
        )}
        {session.status === 'SCHEDULED' && started && (
          <>
            <button
              type="button"
              className="btn btn-primary btn-small"
              aria-label={named(t('sessions.markDone'))}
              onClick={() => after(complete({ sessionId: session.id }))}
            >
              {t('sessions.markDone')}
            </button>
            <button
              type="button"
              className="btn btn-secondary btn-small"
              aria-label={named(t('sessions.noShow', { name: other?.person.displayName ?? '' }))}
              onClick={() => after(noShow({ sessionId: session.id }))}
            >
              {t('sessions.noShow', { name: other?.person.displayName ?? '' })}
            </button>
          </>
        )}
        {session.status === 'SCHEDULED' && !started && !moving && !cancelling && (
          <button
            type="button"
            className="btn btn-secondary btn-small"
            aria-label={named(t('sessions.move'))}
            onClick={() => {
              setMoved(false);
              setMoving(true);
            }}
          >
            {t('sessions.move')}
          </button>
        )}
        {session.status === 'SCHEDULED' && !cancelling && !moving && (
          <button
            type="button"
            className="btn btn-quiet btn-small"
            aria-label={named(t('sessions.cancel'))}
            onClick={() => setCancelling(true)}
          >
            {t('sessions.cancel')}
          </button>
        )}
      </div>
      {moving && session.status === 'SCHEDULED' && (
        <MoveSessionForm
          session={session}
          zone={zone}
          locale={locale}
          onMoved={() => {
            setMoving(false);
            setMoved(true);
            onChange();
          }}
          onCancel={() => setMoving(false)}
        />
      )}
      {cancelling && session.status === 'SCHEDULED' && (
        <ReasonForm
          id={`cancel-${session.id}`}
          label={t('sessions.cancelReason')}
          consequence={t('sessions.cancelConsequence', { name: other?.person.displayName ?? '' })}
          missing={t('errors.field.cancelReason')}
          error={errors.fields.reason}
          busy={cancelState.fetching}
          submitLabel={t('sessions.confirmCancel')}
          cancelLabel={t('sessions.keep')}
          onSubmit={(reason) => after(cancel({ sessionId: session.id, reason }))}
          onInvalid={(message) => setErrors({ fields: { reason: message }, form: null })}
          onCancel={() => setCancelling(false)}
        />
      )}
      {session.status === 'COMPLETED' &&
        (session.myFeedback ? (
          <p className="muted">
            {t('sessions.yourRating', { rating: session.myFeedback.rating })}
            {session.myFeedback.comment && ` · “${session.myFeedback.comment}”`}
          </p>
        ) : (
          <FeedbackForm sessionId={session.id} onDone={onChange} />
        ))}
    </article>
  );
}

function FeedbackForm({ sessionId, onDone }: { sessionId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, form: null });
  const [state, submit] = useMutation(SubmitFeedbackMutation);
  const id = `feedback-${sessionId}`;
  return (
    <form
      className="feedback-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (rating < 1) {
          setErrors({ fields: { rating: t('errors.field.rating') }, form: null });
          return;
        }
        void submit({ sessionId, rating, comment: comment.trim() || null }).then((r) => {
          if (r.error) {
            setErrors(translateApiError(r.error, apiTranslator(i18n)));
          } else {
            onDone();
          }
        });
      }}
    >
      {errors.form && <Notice kind="error">{errors.form}</Notice>}
      <Fieldset
        id={`${id}-rating`}
        legend={t('sessions.ratingLegend')}
        error={errors.fields.rating}
      >
        <div className="rating">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className="check-inline">
              <input
                type="radio"
                name={`${id}-rating`}
                value={n}
                checked={rating === n}
                onChange={() => setRating(n)}
              />{' '}
              {t(`sessions.rating.${n as 1 | 2 | 3 | 4 | 5}`)}
            </label>
          ))}
        </div>
      </Fieldset>
      <div className={`field${errors.fields.comment ? ' has-error' : ''}`}>
        <label htmlFor={`${id}-comment`} className="label">
          {t('sessions.comment')}
        </label>
        <p id={`${id}-comment-hint`} className="hint">
          {t('sessions.commentHint')}
        </p>
        <FieldError id={`${id}-comment`} message={errors.fields.comment} />
        <textarea
          id={`${id}-comment`}
          className="input textarea"
          rows={3}
          maxLength={2000}
          value={comment}
          aria-describedby={`${id}-comment-hint`}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      <button type="submit" className="btn btn-primary btn-small" disabled={state.fetching}>
        {t('sessions.sendFeedback')}
      </button>
    </form>
  );
}
