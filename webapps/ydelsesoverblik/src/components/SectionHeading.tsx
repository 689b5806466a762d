import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** An h2 with the section's actions (export) beside it; its id labels the section's table. */
export function SectionHeading({
  id,
  children,
  actions,
}: {
  id: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Stack
      direction="row"
      sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap' }}
    >
      <Typography component="h2" variant="h6" id={id}>
        {children}
      </Typography>
      {actions}
    </Stack>
  );
}
