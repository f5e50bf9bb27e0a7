import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EMAIL_MAX, type FormMode } from '../../lib/profile-model';
import { useLimits } from '../../settings/program-defaults';
import { TextField } from '../fields';
import type { SectionProps } from './section-props';

type Props = SectionProps & {
  mode: FormMode;
  // The API said the email has an account: offer to log in instead.
  emailTaken: boolean;
};

// Email and password (sign-up only) and the name shown to others.
export function IdentityFields({ mode, values, errors, update, emailTaken }: Props) {
  const { t } = useTranslation();
  const { profile: limits } = useLimits();
  const [showPassword, setShowPassword] = useState(false);
  return (
    <>
      {mode === 'signup' && (
        <>
          <TextField
            id="email"
            label={t('form.email')}
            hint={t('form.emailHint')}
            type="email"
            autoComplete="email"
            inputMode="email"
            maxLength={EMAIL_MAX}
            required
            value={values.email}
            error={errors.email}
            onChange={(e) => update('email', e.target.value)}
            after={
              emailTaken ? (
                <p className="field-action">
                  <Link to="/login" state={{ email: values.email.trim() }}>
                    {t('signup.loginInstead')}
                  </Link>
                </p>
              ) : undefined
            }
          />
          <TextField
            id="password"
            label={t('form.password')}
            hint={t('form.passwordHint')}
            type={showPassword ? 'text' : 'password'}
            autoComplete="new-password"
            minLength={limits.passwordMin}
            maxLength={limits.passwordMax}
            required
            value={values.password}
            error={errors.password}
            onChange={(e) => update('password', e.target.value)}
            after={
              <label className="check-inline">
                <input
                  type="checkbox"
                  checked={showPassword}
                  onChange={(e) => setShowPassword(e.target.checked)}
                />
                {t('form.showPassword')}
              </label>
            }
          />
        </>
      )}
      <TextField
        id="displayName"
        label={t('form.displayName')}
        hint={t('form.displayNameHint')}
        autoComplete="name"
        maxLength={limits.displayNameMax}
        required
        value={values.displayName}
        error={errors.displayName}
        onChange={(e) => update('displayName', e.target.value)}
      />
    </>
  );
}
