import { formatDate, useMessages } from '@klinik/shared';
import { todayUtc } from '../domain/dates.ts';
import { elementIssue } from '../domain/flags.ts';
import { elementsFor } from '../domain/receivers.ts';
import type { AimRecord, Receiver } from '../domain/types.ts';
import { messages } from '../messages.ts';
import { formatValue } from './format.ts';
import { useIssueText } from './issueText.ts';
import { IssueBadge } from './StatusChip.tsx';
import { DataTable, ScrollRegion } from './tables.ts';

interface RecordTableProps {
  record: AimRecord;
  receiver: Receiver;
  nextTransmission?: string;
}

/** The data elements one receiver gets for the patient, exactly as sent (a missing value is sent empty). */
export function RecordTable({ record, receiver, nextTransmission }: RecordTableProps) {
  const t = useMessages(messages);
  const elements = elementsFor(record, receiver);
  const today = todayUtc();
  const issueText = useIssueText();
  const caption = t.receiverCaption(t.receivers[receiver], elements.length);
  return (
    <ScrollRegion tabIndex={0} role="region" aria-label={caption}>
      <DataTable>
        <caption style={{ paddingLeft: 8 }}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.recordColumns.element}</th>
            <th scope="col">{t.recordColumns.value}</th>
            <th scope="col">{t.recordColumns.date}</th>
            <th scope="col">{t.recordColumns.source}</th>
            <th scope="col">{t.recordColumns.note}</th>
            <th scope="col">{t.recordColumns.receivers}</th>
          </tr>
        </thead>
        <tbody>
          {elements.map((element) => {
            const issue = elementIssue(element, today, nextTransmission);
            return (
              <tr key={element.id} data-flagged={Boolean(issue && issue.kind !== 'expires-soon')}>
                <th scope="row">{element.name}</th>
                <td>{element.value === null ? t.sentEmpty : formatValue(element, t.yes, t.no)}</td>
                <td>{element.date ? formatDate(element.date) : '–'}</td>
                <td>{element.source ? t.sources[element.source] : '–'}</td>
                <td>
                  {issue && (
                    <>
                      <IssueBadge kind={issue.kind} />
                      <span className="sub">{issueText(issue)}</span>
                    </>
                  )}
                </td>
                <td>{element.receivers.map((r) => t.receiversShort[r]).join(', ')}</td>
              </tr>
            );
          })}
        </tbody>
      </DataTable>
    </ScrollRegion>
  );
}
