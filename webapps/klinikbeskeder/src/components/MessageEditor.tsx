import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { memo, useState } from 'react';
import { formatNumber, useMessages } from '@klinik/shared';
import { looksLikeMarkup, textLength, type MessageProblems } from '../domain/message-text.ts';
import type { MessageSettings, MessageTemplate } from '../domain/types.ts';
import { messages } from '../messages.ts';
import { SaveTemplateDialog } from './SaveTemplateDialog.tsx';

interface Props {
  subject: string;
  body: string;
  templateId: string | undefined;
  templates: readonly MessageTemplate[];
  settings: MessageSettings;
  /** Shown once the user tried to send, or a limit is passed. */
  problems: MessageProblems;
  onChange(patch: { subject?: string; body?: string; templateId?: string | undefined }): void;
}

/** Subject and body as plain text within Min Læge's limits, started from a template if wanted. */
export const MessageEditor = memo(function MessageEditor({
  subject,
  body,
  templateId,
  templates,
  settings,
  problems,
  onChange,
}: Props) {
  const t = useMessages(messages);
  const [saving, setSaving] = useState(false);
  // Choosing a template replaces the text; what was written before can be brought back.
  const [replaced, setReplaced] = useState<{
    subject: string;
    body: string;
    templateId: string | undefined;
  }>();
  const builtIn = templates.filter((x) => x.builtIn);
  const own = templates.filter((x) => !x.builtIn);
  const limit = (field: 'subject' | 'body') => {
    const problem = problems[field];
    const max = formatNumber(field === 'subject' ? settings.subjectMaxLength : settings.bodyMaxLength);
    if (!problem) return undefined;
    const text = t.textProblems[field][problem];
    return typeof text === 'function' ? text(max) : text;
  };
  const counter = (text: string, max: number) => t.counter(formatNumber(textLength(text)), formatNumber(max));

  return (
    <Stack spacing={2}>
      <TextField
        select
        label={t.template}
        value={templateId ?? ''}
        onChange={(e) => {
          const chosen = templates.find((x) => x.id === e.target.value);
          if (!chosen) return onChange({ templateId: undefined });
          setReplaced(subject.trim() || body.trim() ? { subject, body, templateId } : undefined);
          onChange({ templateId: chosen.id, subject: chosen.subject, body: chosen.body });
        }}
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        helperText={t.templateHelp}
      >
        <option value="">{t.noTemplate}</option>
        <optgroup label={t.builtInTemplates}>
          {builtIn.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </optgroup>
        {own.length > 0 && (
          <optgroup label={t.ownTemplates}>
            {own.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </optgroup>
        )}
      </TextField>
      {replaced && (
        <Alert
          severity="info"
          action={
            <Button
              color="inherit"
              size="small"
              onClick={() => {
                onChange(replaced);
                setReplaced(undefined);
              }}
            >
              {t.undoTemplate}
            </Button>
          }
        >
          {t.templateReplaced}
        </Alert>
      )}
      <TextField
        label={t.subject}
        value={subject}
        onChange={(e) => onChange({ subject: e.target.value })}
        error={Boolean(problems.subject)}
        helperText={limit('subject') ?? counter(subject, settings.subjectMaxLength)}
        required
        slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: true } }}
      />
      <TextField
        label={t.body}
        value={body}
        onChange={(e) => onChange({ body: e.target.value })}
        error={Boolean(problems.body)}
        helperText={limit('body') ?? counter(body, settings.bodyMaxLength)}
        required
        multiline
        rows={10}
        slotProps={{ htmlInput: { spellCheck: true } }}
      />
      <Typography variant="body2" color="text.secondary">
        {t.plainTextNote}
      </Typography>
      {looksLikeMarkup(`${subject}\n${body}`) && <Alert severity="info">{t.markupWarning}</Alert>}
      <Button
        variant="outlined"
        onClick={() => setSaving(true)}
        disabled={!subject.trim() || !body.trim()}
        sx={{ alignSelf: 'start' }}
      >
        {t.saveTemplate}
      </Button>
      <SaveTemplateDialog
        open={saving}
        subject={subject}
        body={body}
        onClose={(saved) => {
          setSaving(false);
          if (saved) onChange({ templateId: saved.id });
        }}
      />
    </Stack>
  );
});
