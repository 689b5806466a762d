import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { useMessages } from '@klinik/shared';
import { messages } from '../messages.ts';

export interface Crumb {
  label: string;
  to: string;
}

interface PageHeaderProps {
  title: string;
  crumbs?: Crumb[];
  /** The overview itself: no trail back to it. */
  home?: boolean;
  children?: ReactNode;
}

/** Every AIM screen: where it is (breadcrumbs back to the overview), its one h1, and what follows. */
export function PageHeader({ title, crumbs = [], home = false, children }: PageHeaderProps) {
  const t = useMessages(messages);
  return (
    <Stack spacing={1}>
      {!home && (
        <Breadcrumbs aria-label={t.breadcrumbs}>
          <Link component={RouterLink} to="/" underline="hover">
            {t.appName}
          </Link>
          {crumbs.map((crumb) => (
            <Link key={crumb.to} component={RouterLink} to={crumb.to} underline="hover">
              {crumb.label}
            </Link>
          ))}
          <Typography color="text.primary" aria-current="page">
            {title}
          </Typography>
        </Breadcrumbs>
      )}
      <Typography component="h1" variant="h4">
        {title}
      </Typography>
      {children}
    </Stack>
  );
}
