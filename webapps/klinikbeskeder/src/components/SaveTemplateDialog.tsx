import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { ErrorState, useKlinik, useMessages } from '@klinik/shared';
import { useSaveTemplate } from '../api/queries.ts';
import type { MessageTemplate } from '../domain/types.ts';
import { messages } from '../messages.ts';

/** Saves the current subject and body as one of the clinic's own templates, under a name. */
export function SaveTemplateDialog({
  open,
  subject,
  body,
  onClose,
}: {
  open: boolean;
  subject: string;
  body: string;
  onClose(saved?: MessageTemplate): void;
}) {
  const t = useMessages(messages);
  const { notify } = useKlinik();
  const save = useSaveTemplate();
  const [name, setName] = useState('');
  const [tried, setTried] = useState(false);
  const missing = name.trim() === '';
  const submit = () => {
    setTried(true);
    if (missing) return;
    save.mutate(
      { id: `egen-${crypto.randomUUID()}`, name: name.trim(), subject, body },
      {
        onSuccess: (saved) => {
          notify({ message: t.templateSaved(saved.name), severity: 'success' });
          setName('');
          setTried(false);
          onClose(saved);
        },
      },
    );
  };
  return (
    <Dialog
      open={open}
      onClose={() => onClose()}
      aria-labelledby="save-template-title"
      fullWidth
      maxWidth="xs"
    >
      <DialogTitle id="save-template-title">{t.saveTemplate}</DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          fullWidth
          margin="dense"
          label={t.templateName}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={tried && missing}
          helperText={tried && missing ? t.templateNameMissing : ' '}
          slotProps={{ htmlInput: { maxLength: 100 } }}
          onKeyDown={(e) => e.key === 'Enter' && submit()}
        />
        {save.isError && <ErrorState error={save.error} onRetry={submit} />}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose()}>{t.cancel}</Button>
        <Button variant="contained" onClick={submit} loading={save.isPending}>
          {t.save}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
