import Typography from '@mui/material/Typography';
import type { RouteObject } from 'react-router';
import { useMessages } from '@klinik/shared';
import { messages } from './messages.ts';

function SoegSpeciallaegeHome() {
  const t = useMessages(messages);
  return (
    <Typography component="h1" variant="h4">
      {t.title}
    </Typography>
  );
}

const routes: RouteObject[] = [{ index: true, element: <SoegSpeciallaegeHome /> }];
export default routes;
