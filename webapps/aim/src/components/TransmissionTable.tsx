import { formatDate, formatDateTime, formatNumber, useMessages } from '@klinik/shared';
import type { Transmission } from '../domain/types.ts';
import { messages } from '../messages.ts';
import { RejectionReasons } from './RejectionReasons.tsx';
import { TransmissionStatusBadge } from './StatusChip.tsx';
import { DataTable, ScrollRegion } from './tables.ts';

export function TransmissionTable({ transmissions }: { transmissions: Transmission[] }) {
  const t = useMessages(messages);
  return (
    <ScrollRegion tabIndex={0} role="region" aria-label={t.transmissionTable}>
      <DataTable>
        <caption style={{ paddingLeft: 8 }}>{t.transmissionTable}</caption>
        <thead>
          <tr>
            <th scope="col">{t.transmissionColumns.sentAt}</th>
            <th scope="col">{t.transmissionColumns.database}</th>
            <th scope="col">{t.transmissionColumns.receiver}</th>
            <th scope="col">{t.transmissionColumns.period}</th>
            <th scope="col">{t.transmissionColumns.result}</th>
            <th scope="col">{t.transmissionColumns.reasons}</th>
          </tr>
        </thead>
        <tbody>
          {transmissions.map((transmission) => (
            <tr key={transmission.id} data-flagged={transmission.rejectedCount > 0}>
              <td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(transmission.sentAt)}</td>
              <td>{t.diseases[transmission.databaseId]}</td>
              <td>{t.receivers[transmission.receiver]}</td>
              <td style={{ whiteSpace: 'nowrap' }}>
                {t.period(formatDate(transmission.periodFrom), formatDate(transmission.periodTo))}
              </td>
              <td style={{ whiteSpace: 'nowrap' }}>
                <TransmissionStatusBadge status={transmission.status} />
                <span className="sub">
                  {t.accepted(
                    formatNumber(transmission.acceptedCount),
                    formatNumber(transmission.recordCount),
                  )}
                </span>
                {transmission.rejectedCount > 0 && (
                  <span className="sub">{t.rejectedRecords(transmission.rejectedCount)}</span>
                )}
              </td>
              <td style={{ minWidth: '20rem' }}>
                {transmission.rejections.length ? (
                  <RejectionReasons transmission={transmission} />
                ) : (
                  t.noRejections
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </ScrollRegion>
  );
}
