import TextField from '@mui/material/TextField';
import { memo, useState } from 'react';
import { useMessages } from '@klinik/shared';
import { messages } from '../messages.ts';

interface OriginFieldProps {
  postalCode: string;
  /** The town when the postcode is known, `null` when the register does not have it. */
  town: string | null | undefined;
  onChange(postalCode: string): void;
}

/**
 * Search from the patient's postcode when they live far from the clinic. What the user types stays
 * in the field even when it is not (yet) a postcode; only four digits move the search.
 */
export const OriginField = memo(function OriginField({ postalCode, town, onChange }: OriginFieldProps) {
  const t = useMessages(messages);
  const [typed, setTyped] = useState(postalCode);
  const complete = /^\d{4}$/.test(typed);
  const invalid = typed !== '' && !complete && (typed.length >= 4 || /\D/.test(typed));
  const helper = invalid
    ? t.postalInvalid
    : complete && town === null
      ? t.postalUnknown(typed)
      : complete && town
        ? t.postalFrom(typed, town)
        : t.originPostalHelp;
  return (
    <TextField
      id="origin-postal"
      label={t.originPostal}
      value={typed}
      error={invalid || (complete && town === null)}
      helperText={helper}
      onChange={(event) => {
        const value = event.target.value;
        setTyped(value);
        if (value === '' || /^\d{4}$/.test(value)) onChange(value);
      }}
      slotProps={{
        htmlInput: { inputMode: 'numeric', maxLength: 8, autoComplete: 'postal-code' },
        formHelperText: { 'aria-live': 'polite' } as object,
      }}
      sx={{ maxWidth: 420 }}
    />
  );
});
