import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** A section's heading with its actions (export) beside it; its id labels the section's table. */
export function SectionHeading({
  id,
  children,
  actions,
  level = 'h2',
}: {
  id: string;
  children: ReactNode;
  actions?: ReactNode;
  level?: 'h2' | 'h3';
}) {
  return (
    <Stack
      direction="row"
      sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap' }}
    >
      <Typography component={level} variant="h6" id={id}>
        {children}
      </Typography>
      {actions}
    </Stack>
  );
}
