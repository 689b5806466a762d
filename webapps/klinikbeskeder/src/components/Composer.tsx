import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { formatNumber, formatTime, useKlinik, useMessages } from '@klinik/shared';
import { useSearchState } from '@klinik/shared/routing';
import { useDraftStorage } from './use-draft.ts';
import {
  filterToForm,
  hasProblems,
  readFilterForm,
  toRecipientFilter,
  writeFilterForm,
  type FilterForm,
} from '../domain/filter-form.ts';
import { checkMessage } from '../domain/message-text.ts';
import { countRecipients, matchPatients, recipientIds, type RecipientIndex } from '../domain/recipients.ts';
import type { IcpcCode, MessageSettings, MessageTemplate, ServiceCode } from '../domain/types.ts';
import { messages } from '../messages.ts';
import { useClinicSends } from '../sending/use-sends.ts';
import { describeFilter } from './filter-summary.ts';
import { MessageEditor } from './MessageEditor.tsx';
import { MinLaegePreview } from './MinLaegePreview.tsx';
import { RecipientFilterPanel } from './RecipientFilterPanel.tsx';
import { RecipientListDialog } from './RecipientListDialog.tsx';
import { RecipientSummary } from './RecipientSummary.tsx';
import { SendDialog } from './SendDialog.tsx';
import { useAutosave, type RestoredDraft, type SaveState } from './use-draft.ts';

interface Props {
  draft: RestoredDraft;
  /** The clinic's patient list, indexed for the day of sending. */
  index: RecipientIndex;
  /** The day of sending, as the index was built for it. */
  today: string;
  settings: MessageSettings;
  icpcCodes: readonly IcpcCode[];
  serviceCodes: readonly ServiceCode[];
  templates: readonly MessageTemplate[];
}

const TWO_COLUMNS = {
  display: 'grid',
  gap: 3,
  gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 1fr) minmax(0, 1fr)' },
};

/** Choose recipients, write the message, see it as the patient will, and send it once. */
export function Composer({ draft, index, today, settings, icpcCodes, serviceCodes, templates }: Props) {
  const t = useMessages(messages);
  const { clinic } = useKlinik();
  const navigate = useNavigate();
  const storage = useDraftStorage();
  const { manager, sends } = useClinicSends();
  const [params, setParams] = useSearchState();

  // The draft's filter goes into the URL when the page opens without one.
  const restoredSearch = useMemo(
    () => writeFilterForm(filterToForm(draft.input.filter, today), today).toString(),
    [draft, today],
  );
  const restoredFilter = useRef(false);
  useEffect(() => {
    if (restoredFilter.current) return;
    restoredFilter.current = true;
    if (draft.restored && restoredSearch && !params.toString())
      setParams(new URLSearchParams(restoredSearch));
  }, [draft.restored, restoredSearch, params, setParams]);

  const [changed, setChanged] = useState(false);
  const search = params.toString();
  const form = useMemo(() => readFilterForm(new URLSearchParams(search), today), [search, today]);
  // Stable, so the memoised filter controls are not redrawn by every change of another filter.
  const latest = useRef({ form, setParams });
  useLayoutEffect(() => {
    latest.current = { form, setParams };
  });
  const update = useCallback(
    (patch: Partial<FilterForm>) => {
      latest.current.setParams(writeFilterForm({ ...latest.current.form, ...patch }, today));
      setChanged(true);
    },
    [today, setChanged],
  );
  const clearFilters = useCallback(
    () => update(readFilterForm(new URLSearchParams(), today)),
    [update, today],
  );

  const [content, setContent] = useState({
    subject: draft.input.subject,
    body: draft.input.body,
    templateId: draft.input.templateId,
  });
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(
    () => new Set(draft.input.excludedPatientIds),
  );
  const edit = useCallback(
    (patch: Partial<typeof content>) => {
      setContent((c) => ({ ...c, ...patch }));
      setChanged(true);
    },
    [setContent, setChanged],
  );
  const toggle = useCallback((id: string) => {
    setExcluded((set) => {
      const next = new Set(set);
      if (!next.delete(id)) next.add(id);
      return next;
    });
    setChanged(true);
  }, []);

  const { filter, problems: filterProblems } = useMemo(() => toRecipientFilter(form), [form]);
  const matched = useMemo(() => matchPatients(index, filter), [index, filter]);
  const count = useMemo(() => countRecipients(index, matched, excluded), [index, matched, excluded]);
  const [tried, setTried] = useState(false);
  const messageProblems = useMemo(
    () => checkMessage(content.subject, content.body, settings),
    [content.subject, content.body, settings],
  );
  // Until the user tries to send, only a passed limit is pointed out, not what is still missing.
  const shownMessageProblems = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(messageProblems).filter(([, problem]) => tried || problem === 'too-long'),
      ),
    [messageProblems, tried],
  );

  const draftInput = {
    subject: content.subject,
    body: content.body,
    filter,
    excludedPatientIds: [...excluded],
    ...(content.templateId ? { templateId: content.templateId } : {}),
  };
  const [sendKey, setSendKey] = useState<string>();
  // Once sent, the server has deleted the draft: an autosave still waiting must not bring it back.
  const saveState = useAutosave(draft.id, draftInput, changed && !sendKey);

  const [listOpen, setListOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const send = sends.find((s) => s.key === sendKey);
  useEffect(() => {
    if (send?.messageId) navigate(`historik/${send.messageId}`);
  }, [send?.messageId, navigate]);

  const blocked = hasProblems(filterProblems)
    ? t.sendBlocked.filter
    : hasProblems(messageProblems)
      ? t.sendBlocked.message
      : count.reachable === 0
        ? t.sendBlocked.none
        : undefined;
  const filterText = describeFilter(filter, t);

  const confirm = () => {
    const key = manager.start({
      subject: content.subject,
      body: content.body,
      filter,
      patientIds: recipientIds(index, matched, excluded),
      batchSize: settings.defaultBatchSize,
      draftId: draft.id,
    });
    storage.clear();
    setSendKey(key);
  };

  return (
    <Stack spacing={3} data-klinik-ready>
      <Paper variant="outlined" component="section" aria-labelledby="recipients-heading" sx={{ p: 3 }}>
        <Typography id="recipients-heading" component="h2" variant="h5" gutterBottom>
          {t.recipients}
        </Typography>
        <Box sx={TWO_COLUMNS}>
          <RecipientFilterPanel
            form={form}
            problems={filterProblems}
            icpcCodes={icpcCodes}
            serviceCodes={serviceCodes}
            onChange={update}
            onClear={clearFilters}
          />
          <Box sx={{ bgcolor: 'action.hover', borderRadius: 2, p: 2, alignSelf: 'start' }}>
            <RecipientSummary count={count} onShowList={() => setListOpen(true)} />
          </Box>
        </Box>
      </Paper>

      <Paper variant="outlined" component="section" aria-labelledby="message-heading" sx={{ p: 3 }}>
        <Typography id="message-heading" component="h2" variant="h5" gutterBottom>
          {t.message}
        </Typography>
        <Box sx={TWO_COLUMNS}>
          <MessageEditor
            subject={content.subject}
            body={content.body}
            templateId={content.templateId}
            templates={templates}
            settings={settings}
            problems={shownMessageProblems}
            onChange={edit}
          />
          <Stack spacing={1} component="section" aria-labelledby="preview-heading">
            <Typography id="preview-heading" component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
              {t.preview}
            </Typography>
            <MinLaegePreview clinicName={clinic.name} subject={content.subject} body={content.body} />
            {count.viaParent > 0 && (
              <Typography variant="body2" color="text.secondary">
                {t.previewChild(formatNumber(count.viaParent))}
              </Typography>
            )}
          </Stack>
        </Box>
      </Paper>

      <Paper variant="outlined" sx={{ p: 2 }}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
          <Button
            variant="contained"
            size="large"
            onClick={() => {
              setTried(true);
              if (!blocked) setConfirming(true);
            }}
          >
            {t.send}
          </Button>
          <Typography variant="body2" color={tried && blocked ? 'error' : 'text.secondary'} role="status">
            {tried && blocked ? blocked : saveText(saveState, t)}
          </Typography>
        </Stack>
      </Paper>

      <RecipientListDialog
        open={listOpen}
        index={index}
        matched={matched}
        excluded={excluded}
        onToggle={toggle}
        onRestoreAll={() => {
          setExcluded(new Set());
          setChanged(true);
        }}
        onClose={() => setListOpen(false)}
      />
      <SendDialog
        open={confirming}
        subject={content.subject}
        count={count}
        filterText={filterText}
        send={send}
        onConfirm={confirm}
        onRetry={() => sendKey && manager.retry(sendKey)}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}

function saveText(state: SaveState, t: (typeof messages)['da']): string {
  switch (state.kind) {
    case 'idle':
      return t.draftStatus.idle;
    case 'saving':
      return t.draftStatus.saving;
    case 'saved':
      return t.draftStatus.saved(formatTime(state.at));
    case 'failed':
      return t.draftStatus.failed;
  }
}
