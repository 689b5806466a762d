import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Typography from '@mui/material/Typography';
import { useMessages } from '@klinik/shared';
import { messages } from '../messages.ts';

/** For users without sundheds-id: why there is nothing here, and how to get access. No data is loaded. */
export function SebAccess() {
  const t = useMessages(messages);
  return (
    <Alert severity="info" data-klinik-ready>
      <AlertTitle component="h2">{t.sebTitle}</AlertTitle>
      <Typography>{t.sebText}</Typography>
      <Typography sx={{ mt: 1 }}>{t.sebHow}</Typography>
    </Alert>
  );
}
