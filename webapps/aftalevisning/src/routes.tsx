import type { RouteObject } from 'react-router';
import { AppointmentsPage } from './components/AppointmentsPage.tsx';

const routes: RouteObject[] = [{ index: true, element: <AppointmentsPage /> }];
export default routes;
