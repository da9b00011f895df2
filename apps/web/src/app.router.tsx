import { createBrowserRouter, Navigate } from 'react-router-dom';
import { AccountPage } from './account/account.page';
import { LoginPage } from './auth/login.page';
import { LogoutPage } from './auth/logout.page';
import { RequireAuth } from './auth/require-auth.component';
import { SignupPage } from './auth/signup.page';
import { NotFoundPage } from './common/not-found.page';
import { ProjectDataPage } from './project/project-data.page';
import { ProjectSettingsPage } from './project/project-settings.page';
import { CreateProjectPage } from './projects/create-project.page';
import { ProjectsPage } from './projects/projects.page';
import { AppShellLayout } from './shell/app-shell.layout';

/** Routes at Label Studio's paths, so its links and habits carry over. */
export function createRouter() {
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
        { path: '/projects', element: <ProjectsPage /> },
        { path: '/projects/create', element: <CreateProjectPage /> },
        { path: '/projects/:id', element: <ProjectDataPage /> },
        { path: '/projects/:id/data', element: <ProjectDataPage /> },
        { path: '/projects/:id/settings', element: <ProjectSettingsPage /> },
        { path: '/user/account', element: <AccountPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
