import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { interestLabel } from '../lib/labels';
import { isValidTag, normalizeTag } from '../lib/profile-model';
import { useLimits } from '../settings/program-defaults';
import { ChipChecklist, Fieldset, FieldError } from './fields';

type Props = {
  id: string;
  suggestions: readonly string[];
  selected: string[];
  onChange: (tags: string[]) => void;
  error?: string | null;
};

export function InterestPicker({ id, suggestions, selected, onChange, error }: Props) {
  const { t, i18n } = useTranslation();
  const { profile: limits } = useLimits();
  const [draft, setDraft] = useState('');
  const [draftError, setDraftError] = useState<string | null>(null);
  const custom = selected.filter((tag) => !suggestions.includes(tag));
  const options = [...suggestions, ...custom].map((tag) => ({
    value: tag,
    label: interestLabel(tag, t, i18n),
  }));

  const toggle = (tag: string, checked: boolean) => {
    if (checked && selected.length >= limits.interestsMax) {
      setDraftError(t('errors.field.interestsFull'));
      return;
    }
    setDraftError(null);
    onChange(checked ? [...selected, tag] : selected.filter((x) => x !== tag));
  };

  const addDraft = () => {
    const tag = normalizeTag(draft);
    if (tag === '') {
      return;
    }
    if (!isValidTag(tag, limits.tagLength)) {
      setDraftError(t('errors.field.interestTag'));
      return;
    }
    if (!selected.includes(tag)) {
      if (selected.length >= limits.interestsMax) {
        setDraftError(t('errors.field.interestsFull'));
        return;
      }
      onChange([...selected, tag]);
    }
    setDraft('');
    setDraftError(null);
  };

  const customId = `${id}-custom`;
  return (
    <Fieldset
      id={id}
      legend={t('form.interestsLegend')}
      hint={<p>{t('form.interestsHint')}</p>}
      error={error}
    >
      <p className="count" aria-live="polite">
        {t('form.interestsCount', { count: selected.length })}
      </p>
      <ChipChecklist name={id} options={options} selected={selected} onToggle={toggle} />
      <div className={`field custom-tag${draftError ? ' has-error' : ''}`}>
        <label htmlFor={customId} className="label">
          {t('form.customTag')}
        </label>
        <p id={`${customId}-hint`} className="hint">
          {t('form.customTagHint')}
        </p>
        <FieldError id={customId} message={draftError} />
        <div className="input-row">
          <input
            id={customId}
            className="input"
            type="text"
            maxLength={60}
            value={draft}
            aria-invalid={draftError ? true : undefined}
            aria-describedby={`${customId}-hint${draftError ? ` ${customId}-error` : ''}`}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                // Enter adds the tag instead of submitting the whole form.
                e.preventDefault();
                addDraft();
              }
            }}
          />
          <button type="button" className="btn btn-secondary" onClick={addDraft}>
            {t('form.customTagAdd')}
          </button>
        </div>
      </div>
    </Fieldset>
  );
}
