import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { downloadWithToken } from '../lib/download';

export function DownloadButton({
  url,
  filename,
  label,
  accessibleName,
  className = 'btn btn-secondary btn-small',
}: {
  url: string;
  filename: string;
  label: string;
  // When the same button repeats (one per row): a name that says which, starting with the label.
  accessibleName?: string;
  className?: string;
}) {
  const { t } = useTranslation();
  const { token } = useSession();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  return (
    <span className="download">
      <button
        type="button"
        className={className}
        aria-label={accessibleName}
        disabled={state === 'busy'}
        onClick={() => {
          setState('busy');
          downloadWithToken(url, token, filename)
            .then((ok) => setState(ok ? 'idle' : 'failed'))
            .catch(() => setState('failed'));
        }}
      >
        {label}
      </button>
      {state === 'failed' && (
        <span className="field-error" role="alert">
          {t('common.downloadFailed')}
        </span>
      )}
    </span>
  );
}
