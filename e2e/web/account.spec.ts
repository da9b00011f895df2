import { expect, test } from '@playwright/test';
import { logIn, OWNER } from './support';

test.beforeEach(async ({ page }) => {
  await logIn(page);
});

test('the account page shows the API token, and resetting it replaces it', async ({ page }) => {
  await page.goto('/projects');
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Account' }).click();
  await expect(page).toHaveURL(/\/user\/account$/);
  await expect(page.getByTestId('profile-email')).toHaveText(OWNER.email);

  const tokenField = page.getByTestId('api-token');
  const { token: before } = await (await page.request.get('/api/current-user/token')).json();
  expect(before).toMatch(/^\S{20,}$/);
  await expect(tokenField).toHaveValue(before);

  // Cancelling the confirmation leaves the token alone.
  await page.getByRole('button', { name: 'Reset token' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset the API token?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(tokenField).toHaveValue(before);

  await page.getByRole('button', { name: 'Reset token' }).click();
  await dialog.getByRole('button', { name: 'Reset token' }).click();
  await expect(page.getByText('New token created')).toBeVisible();
  await expect(tokenField).not.toHaveValue(before);
  const { token: after } = await (await page.request.get('/api/current-user/token')).json();
  expect(after).not.toBe(before);
  await expect(tokenField).toHaveValue(after);

  // The old token no longer authenticates; the new one does.
  const withToken = (token: string) =>
    page.request.get('/api/current-user/whoami', { headers: { Authorization: `Token ${token}` } });
  expect((await withToken(before)).status()).toBe(401);
  expect((await withToken(after)).status()).toBe(200);
});

test('editing the profile renames the user everywhere', async ({ page }) => {
  await page.goto('/user/account');
  await page.getByLabel('First name').fill('Augusta');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved')).toBeVisible();
  await expect(page.getByTestId('profile-name')).toHaveText(`Augusta ${OWNER.lastName}`);
  await expect(page.getByTestId('user-menu')).toContainText(`Augusta ${OWNER.lastName}`);
  const me = await (await page.request.get('/api/current-user/whoami')).json();
  expect(me.first_name).toBe('Augusta');

  // Put the name back for the other tests.
  await page.getByLabel('First name').fill(OWNER.firstName);
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByTestId('user-menu')).toContainText(`${OWNER.firstName} ${OWNER.lastName}`);
});
