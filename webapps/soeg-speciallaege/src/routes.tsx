import type { RouteObject } from 'react-router';
import { SearchPage } from './components/SearchPage.tsx';

const routes: RouteObject[] = [{ index: true, element: <SearchPage /> }];
export default routes;
