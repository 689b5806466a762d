import type { RouteObject } from 'react-router';
import { ComposePage } from './components/ComposePage.tsx';
import { HistoryPage } from './components/HistoryPage.tsx';
import { Layout } from './components/Layout.tsx';
import { MessagePage } from './components/MessagePage.tsx';

const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <ComposePage /> },
      { path: 'historik', element: <HistoryPage /> },
      { path: 'historik/:messageId', element: <MessagePage /> },
    ],
  },
];
export default routes;
