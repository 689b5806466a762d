import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useMessages } from '@klinik/shared';
import { formatPeriodKey, parsePeriod, selectablePeriods } from '../domain/period.ts';
import type { ServiceCode, ServiceGroup } from '../domain/types.ts';
import type { Metric } from '../domain/usage.ts';
import type { Granularity } from '../domain/period.ts';
import { messages } from '../messages.ts';
import { usePeriodLabel } from './usePeriodLabel.ts';
import { useViewState } from './ViewState.tsx';

const GRANULARITIES: Granularity[] = ['month', 'quarter', 'year'];
const METRICS: Metric[] = ['count', 'per1000', 'amount'];

/** Period, breakdown, measure, group, code and comparison: the settings every view shares. */
export function Controls({
  groups,
  codes,
  compareAvailable,
}: {
  groups: readonly { id: ServiceGroup; name: string }[];
  codes: readonly ServiceCode[];
  compareAvailable: boolean;
}) {
  const t = useMessages(messages);
  const { state, today, update } = useViewState();
  const label = usePeriodLabel();
  const inGroup = state.group ? codes.filter((c) => c.group === state.group) : codes;
  // Native selects: quick with 50 codes, and the label stays up when the empty option is chosen.
  const native = { select: { native: true }, inputLabel: { shrink: true } } as const;
  return (
    <Stack direction="row" className="no-print" sx={{ flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
      <TextField
        select
        size="small"
        label={t.period}
        id="periode"
        value={formatPeriodKey(state.period)}
        onChange={(e) => update({ period: parsePeriod(e.target.value, today) })}
        slotProps={native}
      >
        {selectablePeriods(today).map((period) => (
          <option key={formatPeriodKey(period)} value={formatPeriodKey(period)}>
            {label.ofPeriod(period)}
          </option>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t.granularity}
        id="opdeling"
        value={state.granularity}
        onChange={(e) => update({ granularity: e.target.value as Granularity })}
        slotProps={native}
      >
        {GRANULARITIES.map((g) => (
          <option key={g} value={g}>
            {t.granularities[g]}
          </option>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t.metric}
        id="maal"
        value={state.metric}
        onChange={(e) => update({ metric: e.target.value as Metric })}
        slotProps={native}
      >
        {METRICS.map((m) => (
          <option key={m} value={m}>
            {t.metrics[m]}
          </option>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t.group}
        id="gruppe"
        value={state.group ?? ''}
        onChange={(e) =>
          update({ group: (e.target.value || undefined) as ServiceGroup | undefined, code: undefined })
        }
        slotProps={native}
      >
        <option value="">{t.allGroups}</option>
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t.code}
        id="kode"
        value={state.code ?? ''}
        onChange={(e) => update({ code: e.target.value || undefined })}
        slotProps={native}
        sx={{ maxWidth: 280 }}
      >
        <option value="">{t.allCodes}</option>
        {inGroup.map((c) => (
          <option key={c.code} value={c.code}>
            {t.codeOption(c.code, c.name)}
          </option>
        ))}
      </TextField>
      <FormControlLabel
        control={
          <Checkbox
            checked={state.compare && compareAvailable}
            disabled={!compareAvailable}
            onChange={(e) => update({ compare: e.target.checked })}
          />
        }
        label={compareAvailable ? t.compare : `${t.compare} — ${t.compareUnavailable}`}
      />
    </Stack>
  );
}
