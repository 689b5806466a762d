import { memo, useCallback, type ReactNode } from 'react';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useMessages } from '@klinik/shared';
import {
  SECTORS,
  STATUSES,
  type AppointmentFilters,
  type Period,
  type Sector,
  type Status,
} from '../domain/filters.ts';
import { messages } from '../messages.ts';

interface FilterPanelProps {
  filters: AppointmentFilters;
  organisations: string[];
  countBySector: Record<Sector, number>;
  /** A patch, or a function of the filters at the time of the change. */
  onChange(
    patch: Partial<AppointmentFilters> | ((filters: AppointmentFilters) => Partial<AppointmentFilters>),
  ): void;
  onClear(): void;
}

const toggle = <T,>(list: T[], item: T) =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

/** The filter PLO asked for: sector (with counts), organisation, period, status and free text. */
export const FilterPanel = memo(function FilterPanel({
  filters,
  organisations,
  countBySector,
  onChange,
  onClear,
}: FilterPanelProps) {
  const t = useMessages(messages);
  const toggleSector = useCallback(
    (sector: Sector) => onChange((f) => ({ sectors: toggle(f.sectors, sector) })),
    [onChange],
  );
  const toggleStatus = useCallback(
    (status: Status) => onChange((f) => ({ statuses: toggle(f.statuses, status) })),
    [onChange],
  );
  const select = { select: true, slotProps: { select: { native: true } } } as const;
  const rangeInvalid =
    filters.period === 'interval' && Boolean(filters.from && filters.to) && filters.from > filters.to;
  return (
    <Stack spacing={2} className="no-print">
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={3}>
        <FormControl component="fieldset">
          <FormLabel component="legend">{t.sectorLegend}</FormLabel>
          <FormGroup row>
            {SECTORS.map((sector) => (
              <Choice
                key={sector}
                id={`sector-${sector}`}
                value={sector}
                label={t.sectorCount(t.sectors[sector], countBySector[sector])}
                checked={filters.sectors.includes(sector)}
                onToggle={toggleSector}
              />
            ))}
          </FormGroup>
        </FormControl>
        <FormControl component="fieldset">
          <FormLabel component="legend">{t.statusLegend}</FormLabel>
          <FormGroup row>
            {STATUSES.map((status) => (
              <Choice
                key={status}
                value={status}
                label={t.statuses[status]}
                checked={filters.statuses.includes(status)}
                onToggle={toggleStatus}
              />
            ))}
          </FormGroup>
        </FormControl>
      </Stack>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        sx={{ alignItems: { md: 'flex-start' }, flexWrap: 'wrap' }}
      >
        <TextField
          {...select}
          id="filter-period"
          label={t.period}
          value={filters.period}
          onChange={(e) => onChange({ period: e.target.value as Period })}
        >
          {(Object.keys(t.periods) as Period[]).map((period) => (
            <option key={period} value={period}>
              {t.periods[period]}
            </option>
          ))}
        </TextField>
        {filters.period === 'interval' && (
          <>
            <TextField
              id="filter-from"
              type="date"
              label={t.from}
              value={filters.from}
              onChange={(e) => onChange({ from: e.target.value })}
              slotProps={{ inputLabel: { shrink: true } }}
              error={rangeInvalid}
              helperText={rangeInvalid ? t.rangeInvalid : ' '}
            />
            <TextField
              id="filter-to"
              type="date"
              label={t.to}
              value={filters.to}
              onChange={(e) => onChange({ to: e.target.value })}
              slotProps={{ inputLabel: { shrink: true } }}
              error={rangeInvalid}
              helperText=" "
            />
          </>
        )}
        <TextField
          {...select}
          id="filter-organisation"
          label={t.organisation}
          value={filters.organisation}
          onChange={(e) => onChange({ organisation: e.target.value })}
          sx={{ minWidth: 240 }}
        >
          <option value="">{t.allOrganisations}</option>
          {organisations.map((organisation) => (
            <option key={organisation} value={organisation}>
              {organisation}
            </option>
          ))}
        </TextField>
        <TextField
          id="filter-text"
          type="search"
          label={t.text}
          defaultValue={filters.text}
          onChange={(e) => onChange({ text: e.target.value })}
          slotProps={{ htmlInput: { maxLength: 200 } }}
        />
        <Button variant="outlined" onClick={onClear} sx={{ mt: { md: 0.5 } }}>
          {t.clear}
        </Button>
      </Stack>
    </Stack>
  );
});

interface ChoiceProps<T extends string> {
  id?: string;
  value: T;
  label: string;
  checked: boolean;
  onToggle(value: T): void;
}

/** One checkbox of a group, memoised: toggling one redraws that one, not all eight. */
const Choice = memo(function Choice<T extends string>({
  id,
  value,
  label,
  checked,
  onToggle,
}: ChoiceProps<T>) {
  return (
    <FormControlLabel
      control={<Checkbox id={id} checked={checked} onChange={() => onToggle(value)} />}
      label={label}
    />
  );
}) as <T extends string>(props: ChoiceProps<T>) => ReactNode;
