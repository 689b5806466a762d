import { memo } from 'react';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { REGION_CODES, useMessages, type PlspComponents, type RegionCode } from '@klinik/shared';
import type { SearchFilters, SortKey } from '../domain/filters.ts';
import { messages } from '../messages.ts';

const REGIONS: Record<RegionCode, string> = {
  '1081': 'Nordjylland',
  '1082': 'Midtjylland',
  '1083': 'Syddanmark',
  '1084': 'Hovedstaden',
  '1085': 'Sjælland',
};
const DISTANCES = [5, 10, 25, 50, 100];
const WAITS = [2, 4, 8, 12, 26];

interface FilterBarProps {
  filters: SearchFilters;
  specialties: PlspComponents['schemas']['Specialty'][];
  onChange(patch: Partial<SearchFilters>): void;
  onText(text: string): void;
}

/** Every filter is a native control: fast, keyboard-friendly, and read by every screen reader. */
export const FilterBar = memo(function FilterBar({ filters, specialties, onChange, onText }: FilterBarProps) {
  const t = useMessages(messages);
  const number = (value: string) => (value === '' ? null : Number(value));
  const select = { select: true, slotProps: { select: { native: true } } } as const;
  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        {filters.tab === 'speciallaeger' && (
          <TextField
            {...select}
            id="filter-specialty"
            label={t.specialty}
            value={filters.specialty}
            onChange={(e) => onChange({ specialty: e.target.value })}
            sx={{ minWidth: 260 }}
          >
            <option value="">{t.allSpecialties}</option>
            {specialties.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </TextField>
        )}
        {/* Uncontrolled: the search follows the field, so fast typing never loses a character. */}
        <TextField
          id="filter-text"
          type="search"
          label={t.text}
          defaultValue={filters.text}
          onChange={(e) => onText(e.target.value)}
          sx={{ flexGrow: 1 }}
          slotProps={{ htmlInput: { maxLength: 200, autoComplete: 'off' } }}
        />
      </Stack>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        sx={{ flexWrap: 'wrap', alignItems: { md: 'center' } }}
      >
        <TextField
          {...select}
          id="filter-distance"
          label={t.maxDistance}
          value={filters.maxDistanceKm ?? ''}
          onChange={(e) => onChange({ maxDistanceKm: number(e.target.value) })}
        >
          <option value="">{t.anyDistance}</option>
          {DISTANCES.map((km) => (
            <option key={km} value={km}>
              {t.km(km)}
            </option>
          ))}
        </TextField>
        {filters.tab === 'speciallaeger' && (
          <TextField
            {...select}
            id="filter-wait"
            label={t.maxWait}
            value={filters.maxWaitWeeks ?? ''}
            onChange={(e) => onChange({ maxWaitWeeks: number(e.target.value) })}
          >
            <option value="">{t.anyDistance}</option>
            {WAITS.map((weeks) => (
              <option key={weeks} value={weeks}>
                {t.weeks(weeks)}
              </option>
            ))}
          </TextField>
        )}
        <TextField
          {...select}
          id="filter-region"
          label={t.region}
          value={filters.region}
          onChange={(e) => onChange({ region: e.target.value as RegionCode | '' })}
        >
          <option value="">{t.allRegions}</option>
          {REGION_CODES.map((code) => (
            <option key={code} value={code}>
              {REGIONS[code]}
            </option>
          ))}
        </TextField>
        <TextField
          {...select}
          id="filter-sort"
          label={t.sort}
          value={filters.sort}
          onChange={(e) => onChange({ sort: e.target.value as SortKey })}
        >
          {(Object.keys(t.sortBy) as SortKey[])
            .filter((key) => key !== 'ventetid' || filters.tab === 'speciallaeger')
            .map((key) => (
              <option key={key} value={key}>
                {t.sortBy[key]}
              </option>
            ))}
        </TextField>
        <FormControlLabel
          control={
            <Checkbox
              checked={filters.wheelchair}
              onChange={(e) => onChange({ wheelchair: e.target.checked })}
            />
          }
          label={t.wheelchair}
        />
        <FormControlLabel
          control={
            <Checkbox
              checked={filters.newPatients}
              onChange={(e) => onChange({ newPatients: e.target.checked })}
            />
          }
          label={t.newPatients}
        />
      </Stack>
    </Stack>
  );
});
