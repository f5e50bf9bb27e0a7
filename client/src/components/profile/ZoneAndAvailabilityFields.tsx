import type { Grid } from '../../lib/availability';
import { AvailabilityEditor } from '../AvailabilityEditor';
import { TimeZonePicker } from '../TimeZonePicker';
import type { SectionProps } from './section-props';

// The time zone, and the weekly hours in it (leads have none).
export function ZoneAndAvailabilityFields({
  values,
  errors,
  update,
  locale,
}: SectionProps & { locale: string }) {
  return (
    <>
      <TimeZonePicker
        id="timezone"
        value={values.timezone}
        onChange={(zone) => update('timezone', zone)}
        locale={locale}
        error={errors.timezone}
      />
      {values.role !== 'LEAD' && (
        <AvailabilityEditor
          id="availability"
          grid={values.grid}
          onChange={(grid: Grid) => update('grid', grid)}
          timezone={values.timezone}
          locale={locale}
          error={errors.availability}
        />
      )}
    </>
  );
}
