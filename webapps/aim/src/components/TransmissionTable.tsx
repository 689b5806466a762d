import { Fragment } from 'react';
import { formatDate, formatDateTime, formatNumber, useMessages } from '@klinik/shared';
import type { Transmission } from '../domain/types.ts';
import { messages } from '../messages.ts';
import { RejectionReasons } from './RejectionReasons.tsx';
import { TransmissionStatusBadge } from './StatusChip.tsx';
import { DataTable, ScrollRegion } from './tables.ts';

const COLUMNS = 5;

/**
 * One row per delivery; when records were rejected, the reasons follow in a full-width row under it,
 * so a long reason never squeezes the table.
 */
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
          </tr>
        </thead>
        <tbody>
          {transmissions.map((transmission) => {
            const rejected = transmission.rejections.length > 0;
            return (
              <Fragment key={transmission.id}>
                <tr data-flagged={rejected} className={rejected ? 'has-details' : undefined}>
                  <td className="nowrap">{formatDateTime(transmission.sentAt)}</td>
                  <td>{t.diseases[transmission.databaseId]}</td>
                  <td>{t.receivers[transmission.receiver]}</td>
                  <td className="nowrap">
                    {t.period(formatDate(transmission.periodFrom), formatDate(transmission.periodTo))}
                  </td>
                  <td>
                    <TransmissionStatusBadge status={transmission.status} />{' '}
                    {t.accepted(
                      formatNumber(transmission.acceptedCount),
                      formatNumber(transmission.recordCount),
                    )}
                    {transmission.rejectedCount > 0 && ` · ${t.rejectedRecords(transmission.rejectedCount)}`}
                  </td>
                </tr>
                {rejected && (
                  <tr data-flagged className="details">
                    <td colSpan={COLUMNS}>
                      <span className="sub">{t.transmissionColumns.reasons}</span>
                      <RejectionReasons transmission={transmission} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </DataTable>
    </ScrollRegion>
  );
}
