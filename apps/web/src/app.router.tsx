import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, Navigate, type LoaderFunctionArgs } from 'react-router-dom';
import { AccountPage } from './account/account.page';
import { LoginPage } from './auth/login.page';
import { LogoutPage } from './auth/logout.page';
import { prefetchLabeling } from './labeling/labeling.queries';
import { RequireAuth } from './auth/require-auth.component';
import { SignupPage } from './auth/signup.page';
import { NotFoundPage } from './common/not-found.page';
import { ProjectDataPage } from './project/project-data.page';
import { ProjectSettingsPage } from './project/project-settings.page';
import { SnapshotsPage } from './project/snapshots.page';
import { CreateProjectPage } from './project-list/create-project.page';
import { ProjectListPage } from './project-list/project-list.page';
import { AppShellLayout } from './shell/app-shell.layout';

/** Routes at Label Studio's paths, so its links and habits carry over. */
export function createRouter(queryClient?: QueryClient) {
  // Starts the labeling page's requests at navigation, not when its components mount; renders nothing itself.
  const labelingLoader = ({ params, request }: LoaderFunctionArgs) => {
    if (queryClient) prefetchLabeling(queryClient, Number(params.id), new URL(request.url).searchParams);
    return null;
  };
  return createBrowserRouter([
    { path: '/user/login', element: <LoginPage /> },
    { path: '/user/signup', element: <SignupPage /> },
    { path: '/user/logout', element: <LogoutPage /> },
    {
      element: (
        <RequireAuth>
          <AppShellLayout />
        </RequireAuth>
      ),
      children: [
        { path: '/', element: <Navigate to="/projects" replace /> },
        { path: '/projects', element: <ProjectListPage /> },
        { path: '/projects/create', element: <CreateProjectPage /> },
        { path: '/projects/:id', element: <ProjectDataPage /> },
        { path: '/projects/:id/data', element: <ProjectDataPage />, loader: labelingLoader },
        { path: '/projects/:id/settings', element: <ProjectSettingsPage /> },
        { path: '/projects/:id/snapshots', element: <SnapshotsPage /> },
        { path: '/user/account', element: <AccountPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
