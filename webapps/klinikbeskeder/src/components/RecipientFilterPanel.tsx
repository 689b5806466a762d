import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { memo, useMemo } from 'react';
import { useMessages } from '@klinik/shared';
import { AGE_PRESETS, presetOf, type AgePresetId } from '../domain/age.ts';
import type { FilterForm, FilterProblems } from '../domain/filter-form.ts';
import type { IcpcCode, ServiceCode } from '../domain/types.ts';
import { messages } from '../messages.ts';
import { CodePicker } from './CodePicker.tsx';

const FOCUS_OUTLINE = {
  '&.Mui-focusVisible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: -2 },
} as const;

interface Props {
  form: FilterForm;
  problems: FilterProblems;
  icpcCodes: readonly IcpcCode[];
  serviceCodes: readonly ServiceCode[];
  onChange(patch: Partial<FilterForm>): void;
  onClear(): void;
}

/**
 * Sex, age (presets or from–to), diagnoses and services in a period, and how the last two combine.
 * Memoised: typing the message must not redraw the code pickers.
 */
export const RecipientFilterPanel = memo(function RecipientFilterPanel({
  form,
  problems,
  icpcCodes,
  serviceCodes,
  onChange,
  onClear,
}: Props) {
  const t = useMessages(messages);
  const preset = presetOf(
    form.ageMin === '' ? undefined : Number(form.ageMin),
    form.ageMax === '' ? undefined : Number(form.ageMax),
  );
  const icpcOptions = useMemo(
    () =>
      icpcCodes.map((c) => ({
        code: c.code,
        label: `${c.code} ${c.text}`,
        group: c.chronic ? t.diagnosesChronic : t.diagnosesOther,
      })),
    [icpcCodes, t],
  );
  const serviceOptions = useMemo(
    () => serviceCodes.map((c) => ({ code: c.code, label: `${c.code} ${c.name}` })),
    [serviceCodes],
  );
  const ageProblem = (field: 'ageMin' | 'ageMax') => problems[field] && t.filterProblems[problems[field]];

  return (
    <Stack spacing={2.5}>
      <FormControl>
        <FormLabel id="sex-label">{t.sex}</FormLabel>
        <RadioGroup
          row
          aria-labelledby="sex-label"
          value={form.sex || 'all'}
          onChange={(e) => onChange({ sex: e.target.value === 'all' ? '' : (e.target.value as 'F' | 'M') })}
        >
          {(['all', 'F', 'M'] as const).map((value) => (
            <FormControlLabel key={value} value={value} control={<Radio />} label={t.sexes[value]} />
          ))}
        </RadioGroup>
      </FormControl>

      <Stack spacing={1}>
        <FormLabel id="age-label">{t.age}</FormLabel>
        <ToggleButtonGroup
          id="age-presets"
          exclusive
          size="small"
          aria-label={t.agePresetsLabel}
          value={preset ?? null}
          onChange={(_, id: AgePresetId | null) => {
            const chosen = AGE_PRESETS.find((p) => p.id === id);
            if (chosen)
              onChange({ ageMin: chosen.min?.toString() ?? '', ageMax: chosen.max?.toString() ?? '' });
          }}
          sx={{ flexWrap: 'wrap' }}
        >
          {AGE_PRESETS.map((p) => (
            // No ripple (the count must redraw within a frame); focus gets an outline instead.
            <ToggleButton key={p.id} value={p.id} disableRipple sx={FOCUS_OUTLINE}>
              {t.agePresets[p.id]}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <Stack direction="row" spacing={2}>
          {(['ageMin', 'ageMax'] as const).map((field) => (
            <TextField
              key={field}
              size="small"
              label={field === 'ageMin' ? t.ageFrom : t.ageTo}
              value={form[field]}
              onChange={(e) => onChange({ [field]: e.target.value })}
              error={Boolean(problems[field])}
              helperText={ageProblem(field) || (field === 'ageMin' ? t.ageHelp : ' ')}
              slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 3, autoComplete: 'off' } }}
              sx={{ maxWidth: 200 }}
            />
          ))}
        </Stack>
      </Stack>

      <Stack spacing={1}>
        <CodePicker
          field="diagnoses"
          label={t.diagnoses}
          placeholder={t.diagnosesPlaceholder}
          options={icpcOptions}
          selected={form.diagnoses}
          onChange={onChange}
        />
        {form.diagnoses.length > 1 && (
          <MatchChoice
            label={t.matchLabel(t.diagnoses)}
            value={form.diagnosisMatch}
            onChange={(diagnosisMatch) => onChange({ diagnosisMatch })}
          />
        )}
      </Stack>

      <Stack spacing={1}>
        <CodePicker
          field="services"
          label={t.services}
          placeholder={t.servicesPlaceholder}
          options={serviceOptions}
          selected={form.services}
          onChange={onChange}
        />
        {form.services.length > 0 && (
          <>
            <Stack direction="row" spacing={2}>
              {(['serviceFrom', 'serviceTo'] as const).map((field) => (
                <TextField
                  key={field}
                  size="small"
                  type="date"
                  label={field === 'serviceFrom' ? t.periodFrom : t.periodTo}
                  value={form[field]}
                  onChange={(e) => onChange({ [field]: e.target.value })}
                  error={Boolean(problems.period)}
                  helperText={
                    field === 'serviceTo' && problems.period ? t.filterProblems[problems.period] : ' '
                  }
                  slotProps={{ inputLabel: { shrink: true } }}
                />
              ))}
            </Stack>
            {form.services.length > 1 && (
              <MatchChoice
                label={t.matchLabel(t.services)}
                value={form.serviceMatch}
                onChange={(serviceMatch) => onChange({ serviceMatch })}
              />
            )}
          </>
        )}
      </Stack>

      {form.diagnoses.length > 0 && form.services.length > 0 && (
        <FormControl>
          <FormLabel id="operator-label">{t.operator}</FormLabel>
          <RadioGroup
            aria-labelledby="operator-label"
            value={form.operator}
            onChange={(e) => onChange({ operator: e.target.value as 'and' | 'or' })}
          >
            <FormControlLabel value="and" control={<Radio />} label={t.operatorAnd} />
            <FormControlLabel value="or" control={<Radio />} label={t.operatorOr} />
          </RadioGroup>
        </FormControl>
      )}

      <Button variant="text" onClick={onClear} sx={{ alignSelf: 'start' }}>
        {t.clearFilters}
      </Button>
    </Stack>
  );
});

function MatchChoice({
  label,
  value,
  onChange,
}: {
  label: string;
  value: 'any' | 'all';
  onChange(v: 'any' | 'all'): void;
}) {
  const t = useMessages(messages);
  return (
    <FormControl>
      <FormLabel sx={{ typography: 'body2' }}>{label}</FormLabel>
      <RadioGroup
        row
        aria-label={label}
        value={value}
        onChange={(e) => onChange(e.target.value as 'any' | 'all')}
      >
        <FormControlLabel value="any" control={<Radio size="small" />} label={t.matchAny} />
        <FormControlLabel value="all" control={<Radio size="small" />} label={t.matchAll} />
      </RadioGroup>
    </FormControl>
  );
}
