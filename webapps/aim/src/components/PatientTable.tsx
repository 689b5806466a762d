import { memo } from 'react';
import { Link as RouterLink } from 'react-router';
import { formatDate, maskCpr, useMessages } from '@klinik/shared';
import type { PatientRow } from '../domain/patients.ts';
import type { DatabaseId } from '../domain/types.ts';
import { messages } from '../messages.ts';
import { formatValue } from './format.ts';
import { useIssueText } from './issueText.ts';
import { IssueBadge, RecordStatusBadge } from './StatusChip.tsx';
import { DataTable, ScrollRegion } from './tables.ts';

/**
 * Column widths (rem) for a fixed table layout: the browser lays out a page of wide rows without
 * measuring every cell first (auto layout cost several frames per filter change).
 * CPR, name, age, sex, status, what to fix; then one per data element.
 */
const FIXED_COLUMNS = [8, 11, 4, 5, 9, 20];
const VALUE_COLUMN = 8.5;

interface PatientTableProps {
  databaseId: DatabaseId;
  rows: PatientRow[];
  caption: string;
}

/**
 * One row per patient: who, the status, what to fix (with dates), then every value that will be
 * reported. Memoised, and each row too: a filter change draws only the rows that were not on the
 * page before.
 */
export const PatientTable = memo(function PatientTable({ databaseId, rows, caption }: PatientTableProps) {
  const t = useMessages(messages);
  const columns = rows[0]?.patient.elements ?? [];
  const tableWidth = FIXED_COLUMNS.reduce((sum, w) => sum + w, 0) + columns.length * VALUE_COLUMN;
  return (
    <ScrollRegion tabIndex={0} role="region" aria-label={`${caption}. ${t.scrollHint}`} data-tall>
      <DataTable style={{ tableLayout: 'fixed', width: `${tableWidth}rem` }}>
        <caption style={{ paddingLeft: 8 }}>{caption}</caption>
        <colgroup>
          {FIXED_COLUMNS.map((width, i) => (
            <col key={i} style={{ width: `${width}rem` }} />
          ))}
          {columns.map((element) => (
            <col key={element.id} style={{ width: `${VALUE_COLUMN}rem` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t.patientColumns.cpr}</th>
            <th scope="col">{t.patientColumns.name}</th>
            <th scope="col" className="num">
              {t.patientColumns.age}
            </th>
            <th scope="col">{t.patientColumns.sex}</th>
            <th scope="col">{t.patientColumns.status}</th>
            <th scope="col">{t.patientColumns.issues}</th>
            {columns.map((element) => (
              <th scope="col" key={element.id}>
                {element.name}
                {element.unit && <span className="sub">{element.unit}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Row key={row.patient.cpr} databaseId={databaseId} row={row} />
          ))}
        </tbody>
      </DataTable>
    </ScrollRegion>
  );
});

const Row = memo(function Row({ databaseId, row }: { databaseId: DatabaseId; row: PatientRow }) {
  const t = useMessages(messages);
  const issueText = useIssueText();
  const { patient, issues, flagged } = row;
  const issueOf = new Map(issues.map((i) => [i.elementId, i]));
  return (
    <tr data-flagged={flagged}>
      <td style={{ whiteSpace: 'nowrap' }}>
        <RouterLink
          to={`/${databaseId}/patienter/${patient.cpr}`}
          aria-label={t.openRecord(maskCpr(patient.cpr))}
        >
          {maskCpr(patient.cpr)}
        </RouterLink>
      </td>
      <td style={{ whiteSpace: 'nowrap' }}>{patient.name}</td>
      <td className="num">{patient.age}</td>
      <td>{t.sex[patient.sex]}</td>
      <td>
        <RecordStatusBadge status={patient.status} />
      </td>
      <td>
        {issues.map((issue) => (
          <span className="sub" key={issue.elementId}>
            {issueText(issue)}
          </span>
        ))}
      </td>
      {patient.elements.map((element) => (
        <td key={element.id}>
          {element.value !== null && formatValue(element, t.yes, t.no)}
          {element.date && <span className="sub">{formatDate(element.date)}</span>}
          {issueOf.has(element.id) && <IssueBadge kind={issueOf.get(element.id)!.kind} />}
        </td>
      ))}
    </tr>
  );
});
