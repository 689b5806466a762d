import type { RouteObject } from 'react-router';
import { IndicatorsPage } from './components/IndicatorsPage.tsx';
import { OverviewPage } from './components/OverviewPage.tsx';
import { PatientsPage } from './components/PatientsPage.tsx';
import { RecordPage } from './components/RecordPage.tsx';
import { TransmissionsPage } from './components/TransmissionsPage.tsx';

/** Every view has its own URL; filters, page and choices are in its search parameters. */
const routes: RouteObject[] = [
  { index: true, element: <OverviewPage /> },
  { path: 'indberetninger', element: <TransmissionsPage /> },
  { path: ':databaseId', element: <IndicatorsPage /> },
  { path: ':databaseId/patienter', element: <PatientsPage /> },
  { path: ':databaseId/patienter/:cpr', element: <RecordPage /> },
];
export default routes;
