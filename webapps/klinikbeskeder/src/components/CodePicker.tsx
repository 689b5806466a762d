import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { memo } from 'react';
import { useMessages } from '@klinik/shared';
import type { FilterForm } from '../domain/filter-form.ts';
import { messages } from '../messages.ts';

export interface CodeOption {
  code: string;
  label: string;
  group?: string;
}

interface Props {
  field: 'diagnoses' | 'services';
  label: string;
  placeholder: string;
  options: readonly CodeOption[];
  selected: readonly string[];
  onChange(patch: Partial<FilterForm>): void;
}

/** Codes picked from a list with search on code and text. */
function CodePickerView({ field, label, placeholder, options, selected, onChange }: Props) {
  const t = useMessages(messages);
  const value = selected.map((code) => options.find((o) => o.code === code) ?? { code, label: code });
  return (
    <Autocomplete
      multiple
      options={options}
      value={value}
      onChange={(_, codes) => onChange({ [field]: codes.map((c) => c.code) })}
      isOptionEqualToValue={(a, b) => a.code === b.code}
      getOptionLabel={(o) => o.label}
      {...(options.some((o) => o.group) ? { groupBy: (o: CodeOption) => o.group ?? '' } : {})}
      noOptionsText={t.noOptions}
      renderInput={(params) => (
        <TextField {...params} label={label} placeholder={selected.length ? '' : placeholder} />
      )}
    />
  );
}

/**
 * Redrawn only when its codes change: an Autocomplete is the heaviest control on the screen, and the
 * count must follow every other filter change within a frame or two.
 */
export const CodePicker = memo(
  CodePickerView,
  (a, b) =>
    a.options === b.options &&
    a.onChange === b.onChange &&
    a.label === b.label &&
    a.placeholder === b.placeholder &&
    a.selected.join() === b.selected.join(),
);
