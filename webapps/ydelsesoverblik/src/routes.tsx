import type { RouteObject } from 'react-router';
import { OverviewPage } from './components/OverviewPage.tsx';

const routes: RouteObject[] = [{ index: true, element: <OverviewPage /> }];
export default routes;
