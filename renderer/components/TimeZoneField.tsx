import { useMemo, useState } from 'react';
import { timeZoneNames, toTimeZone } from '../../core/timezones';
import { SuggestField, type SuggestFieldProps } from './SuggestField';

/**
 * A time zone typed or picked from every IANA zone the runtime knows. A city typed on its own ("London") is taken
 * as its zone (Europe/London), which the field shows once it is left; anything else goes as typed, for the backend
 * to judge.
 */
export function TimeZoneField(props: SuggestFieldProps) {
  const zones = useMemo(() => timeZoneNames(), []);
  const [text, setText] = useState(props.value);
  // What was typed while it means the form's zone; the form's own zone when that changed by itself.
  const shown = toTimeZone(text, zones) === props.value ? text : props.value;
  return (
    <SuggestField
      {...props}
      value={shown}
      options={zones}
      onChange={(typed) => {
        setText(typed);
        props.onChange(toTimeZone(typed, zones));
      }}
      onBlur={() => setText(props.value)}
    />
  );
}
