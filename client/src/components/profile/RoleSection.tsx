import { useTranslation } from 'react-i18next';
import type { Role } from '../../gql/graphql';
import { Fieldset } from '../fields';
import type { SectionProps } from './section-props';

const ROLES: Role[] = ['MENTEE', 'MENTOR'];

// Sign-up only: whether the person looks for a mentor or is one.
export function RoleSection({ values, errors, update }: SectionProps) {
  const { t } = useTranslation();
  return (
    <Fieldset id="role" legend={t('signup.roleLegend')} error={errors.role}>
      <div className="role-cards">
        {ROLES.map((role) => (
          <label key={role} className={`role-card${values.role === role ? ' is-on' : ''}`}>
            <input
              type="radio"
              name="role"
              value={role}
              checked={values.role === role}
              onChange={() => update('role', role)}
              aria-describedby={`role-${role}-hint`}
            />
            <span className="role-card-text">
              <span className="role-card-title">
                {role === 'MENTEE' ? t('signup.roleMentee') : t('signup.roleMentor')}
              </span>
              <span id={`role-${role}-hint`} className="role-card-hint">
                {role === 'MENTEE' ? t('signup.roleMenteeHint') : t('signup.roleMentorHint')}
              </span>
            </span>
          </label>
        ))}
      </div>
    </Fieldset>
  );
}
