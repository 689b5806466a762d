import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { impossibleDatePrefix, parseCpr, useMessages } from '@klinik/shared';
import { messages } from '../messages.ts';

/**
 * Look a patient up by CPR number. The format and the date are checked as the user types, with the
 * problem said in Danish; what was typed stays. The number never goes into the URL.
 */
export function CprLookup({ onLookup }: { onLookup(cpr: string): void }) {
  const t = useMessages(messages);
  const [typed, setTyped] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const parsed = parseCpr(typed);
  const digits = typed.replace(/[\s-]/g, '');
  // Say nothing while a valid number may still be on its way; say it once it cannot be.
  const premature = !submitted && !parsed.ok && parsed.problem !== 'date' && /^\d{0,9}$/.test(digits);
  const problem = impossibleDatePrefix(typed)
    ? t.cprProblems.date
    : parsed.ok || premature
      ? undefined
      : t.cprProblems[parsed.problem];
  return (
    <Stack
      component="form"
      direction={{ xs: 'column', sm: 'row' }}
      spacing={1}
      sx={{ alignItems: 'flex-start' }}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (parsed.ok) onLookup(parsed.value.cpr);
      }}
    >
      <TextField
        id="cpr-lookup"
        label={t.cpr}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        error={Boolean(problem)}
        helperText={problem ?? t.cprHelp}
        slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off', maxLength: 20 } }}
      />
      <Button type="submit" variant="contained" sx={{ mt: { sm: 0.5 } }}>
        {t.lookup}
      </Button>
    </Stack>
  );
}
