import { Link as RouterLink } from 'react-router';
import { formatDate, maskCpr, useMessages } from '@klinik/shared';
import type { ElementIssue } from '../domain/flags.ts';
import type { PatientRow } from '../domain/patients.ts';
import type { AimElement, DatabaseId } from '../domain/types.ts';
import { messages } from '../messages.ts';
import { formatValue } from './format.ts';
import { useIssueText } from './issueText.ts';
import { IssueBadge, RecordStatusBadge } from './StatusChip.tsx';
import { DataTable, ScrollRegion } from './tables.ts';

interface PatientTableProps {
  databaseId: DatabaseId;
  rows: PatientRow[];
  caption: string;
}

/** One row per patient: who, the status, what to fix (with dates), then every value that will be reported. */
export function PatientTable({ databaseId, rows, caption }: PatientTableProps) {
  const t = useMessages(messages);
  const columns = rows[0]?.patient.elements ?? [];
  const issueText = useIssueText();
  return (
    <ScrollRegion tabIndex={0} role="region" aria-label={`${caption}. ${t.scrollHint}`} data-tall>
      <DataTable>
        <caption style={{ paddingLeft: 8 }}>{caption}</caption>
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
          {rows.map(({ patient, issues, flagged }) => {
            const issueOf = new Map(issues.map((i) => [i.elementId, i]));
            return (
              <tr key={patient.cpr} data-flagged={flagged}>
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
                <td style={{ minWidth: '18rem' }}>
                  {issues.map((issue) => (
                    <span className="sub" key={issue.elementId}>
                      {issueText(issue)}
                    </span>
                  ))}
                </td>
                {patient.elements.map((element) => (
                  <ValueCell key={element.id} element={element} issue={issueOf.get(element.id)} />
                ))}
              </tr>
            );
          })}
        </tbody>
      </DataTable>
    </ScrollRegion>
  );
}

function ValueCell({ element, issue }: { element: AimElement; issue: ElementIssue | undefined }) {
  const t = useMessages(messages);
  return (
    <td style={{ whiteSpace: 'nowrap' }}>
      {element.value !== null && formatValue(element, t.yes, t.no)}
      {element.date && <span className="sub">{formatDate(element.date)}</span>}
      {issue && <IssueBadge kind={issue.kind} />}
    </td>
  );
}
