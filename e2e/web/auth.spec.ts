import { expect, test } from '@playwright/test';
import { logIn, OWNER } from './support';

// These run first (the "first-user" project) and in order: the first sign-up makes the owner.
test.describe.configure({ mode: 'serial' });

test('a visitor is sent to log in, signs up, and the first user becomes the owner', async ({ page }) => {
  await page.goto('/projects');
  await expect(page).toHaveURL(/\/user\/login\?next=%2Fprojects$/);
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();

  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(page).toHaveURL(/\/user\/signup\?next=%2Fprojects$/);

  // The form refuses a short password before asking the server.
  await page.getByLabel('First name').fill(OWNER.firstName);
  await page.getByLabel('Last name').fill(OWNER.lastName);
  await page.getByLabel('Email').fill(OWNER.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Use at least 8 characters')).toBeVisible();
  await expect(page).toHaveURL(/\/user\/signup/);

  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(OWNER.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/projects$/);
  await expect(page.getByText('You are the owner of this organization.')).toBeVisible();
  await expect(page.getByTestId('user-menu')).toContainText(`${OWNER.firstName} ${OWNER.lastName}`);

  const session = await (await page.request.get('/api/auth/session')).json();
  expect(session.user.email).toBe(OWNER.email);
  expect(session.user.role).toBe('owner');
});

test('log out ends the session', async ({ page }) => {
  await logIn(page);
  await page.goto('/projects');
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/user\/login$/);
  expect((await page.request.get('/api/auth/session')).status()).toBe(401);

  // Pages behind log-in send the visitor back to the login page, remembering where they were going.
  await page.goto('/user/account');
  await expect(page).toHaveURL(/\/user\/login\?next=%2Fuser%2Faccount$/);
});

test('a wrong password shows the error and logs nobody in', async ({ page }) => {
  await page.goto('/user/login');
  await page.getByLabel('Email').fill(OWNER.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('not the password');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('alert')).toContainText('The email or password is incorrect.');
  await expect(page).toHaveURL(/\/user\/login$/);
  expect((await page.request.get('/api/auth/session')).status()).toBe(401);
});

test('log in goes where ?next= says, and a new organization has an empty projects page', async ({ page }) => {
  await page.goto('/user/account');
  await expect(page).toHaveURL(/\/user\/login\?next=/);
  await page.getByLabel('Email').fill(OWNER.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(OWNER.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/user\/account$/);
  await expect(page.getByTestId('profile-email')).toHaveText(OWNER.email);
  await expect(page.getByTestId('profile-role')).toHaveText('Owner');

  await page.getByRole('link', { name: 'Projects', exact: true }).click();
  await expect(page).toHaveURL(/\/projects$/);
  await expect(page.getByRole('heading', { name: 'No projects yet' })).toBeVisible();
  await expect(page.getByTestId('project-card')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Create project' })).toHaveCount(1);
  await page.getByRole('link', { name: 'Create project' }).click();
  await expect(page).toHaveURL(/\/projects\/create$/);
});
