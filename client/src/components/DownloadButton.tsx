import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { downloadWithToken } from '../lib/download';

export function DownloadButton({
  url,
  filename,
  label,
  className = 'btn btn-secondary btn-small',
}: {
  url: string;
  filename: string;
  label: string;
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
