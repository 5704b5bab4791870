import { useMemo } from 'react';
import { timeZoneNames } from '../../core/timezones';
import { SuggestField, type SuggestFieldProps } from './SuggestField';

/** A time zone typed or picked from every IANA zone the runtime knows; the backend judges what was typed. */
export function TimeZoneField(props: SuggestFieldProps) {
  const zones = useMemo(() => timeZoneNames(), []);
  return <SuggestField {...props} options={zones} />;
}
