import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { formatDate, useMessages } from '@klinik/shared';
import { messages } from '../messages.ts';

/**
 * The message as the Min Læge app shows it in the patient's inbox. Plain React text with the line
 * breaks kept: anything that looks like markup is shown exactly as typed, never interpreted.
 */
export const MinLaegePreview = memo(function MinLaegePreview({
  clinicName,
  subject,
  body,
}: {
  clinicName: string;
  subject: string;
  body: string;
}) {
  const t = useMessages(messages);
  return (
    <Paper
      variant="outlined"
      data-testid="min-laege-preview"
      sx={{
        maxWidth: 380,
        borderRadius: 6,
        overflow: 'hidden',
        borderWidth: 8,
        borderColor: 'grey.900',
        mx: 'auto',
      }}
    >
      <Box sx={{ bgcolor: '#0b5394', color: '#fff', px: 2, py: 1.5 }}>
        <Typography component="p" sx={{ fontWeight: 700, fontSize: 18 }}>
          {t.previewApp}
        </Typography>
        <Typography component="p" variant="body2">
          {t.previewInbox}
        </Typography>
      </Box>
      <Box sx={{ bgcolor: '#f4f6f8', p: 1.5, minHeight: 320 }}>
        <Paper elevation={0} sx={{ p: 2, borderRadius: 3 }}>
          <Typography component="p" variant="caption" color="text.secondary">
            {t.previewFrom(clinicName)} · {formatDate(new Date())}
          </Typography>
          <Typography component="p" sx={{ fontWeight: 700, mt: 0.5, overflowWrap: 'anywhere' }}>
            {subject || t.previewEmptySubject}
          </Typography>
          <Typography
            component="p"
            variant="body2"
            sx={{
              whiteSpace: 'pre-wrap',
              overflowWrap: 'anywhere',
              mt: 1,
              color: body ? 'text.primary' : 'text.secondary',
            }}
          >
            {body || t.previewEmptyBody}
          </Typography>
        </Paper>
        <Typography component="p" variant="caption" color="text.secondary" sx={{ mt: 1.5, px: 0.5 }}>
          {t.previewNoReply}
        </Typography>
      </Box>
    </Paper>
  );
});
