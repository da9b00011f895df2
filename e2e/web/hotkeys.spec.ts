import { expect, test, type Page } from '@playwright/test';
import { apiPost, createProject, logIn, uniqueTitle } from './support';

test.beforeEach(async ({ page }) => {
  await logIn(page);
});

// The owner's hotkeys are shared with the other specs on this server: put them back.
test.afterEach(async ({ page }) => {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'gw_csrftoken')?.value ?? '';
  await page.request.patch('/api/current-user/hotkeys', { data: { custom_hotkeys: {} }, headers: { 'X-CSRFToken': csrf } });
});

interface ApiTask {
  annotations: { result: { value: { choices: string[] } }[] }[];
}
const getTask = async (page: Page, id: number): Promise<ApiTask> => (await page.request.get(`/api/tasks/${id}`)).json();

test('a key combo rebound on the Account page submits on the labeling page; the default no longer does', async ({ page }) => {
  const project = await createProject(page, uniqueTitle('Hotkeys'));
  const imported = await apiPost<{ task_ids: number[] }>(page, `/api/projects/${project.id}/import?return_task_ids=true`, [
    { text: 'Rebind me' },
  ]);
  const taskId = imported.task_ids[0];

  await page.goto('/user/account');
  const table = page.getByTestId('hotkeys-table');
  await expect(table).toBeVisible();
  await expect(page.getByTestId('hotkey-current-annotation:submit')).toHaveText('default');

  // A combination that another action already has is refused, naming both.
  await page.getByTestId('hotkey-capture-annotation:undo').click();
  await page.keyboard.press('u');
  await expect(page.getByText('"u" for "annotation:undo" is already used by "region:unselect".')).toBeVisible();
  await expect(page.getByTestId('hotkey-current-annotation:undo')).toHaveText('default');

  await page.getByTestId('hotkey-capture-annotation:submit').click();
  await page.keyboard.press('Alt+KeyS');
  await expect(page.getByTestId('hotkey-current-annotation:submit')).toHaveText('Alt + S');
  const stored = await (await page.request.get('/api/current-user/hotkeys')).json();
  expect(stored.custom_hotkeys).toEqual({ 'annotation:submit': { key: 'alt+s', active: true } });

  await page.goto(`/projects/${project.id}/data?task=${taskId}`);
  await expect(page.getByText('Rebind me')).toBeVisible();
  // The help overlay shows the rebound key.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help.getByRole('row', { name: /Submit or update the annotation/ })).toContainText('Alt + S');
  await expect(help).not.toContainText('Ctrl + Enter');
  await help.getByRole('button', { name: 'Close' }).click();

  await page.keyboard.press('1');
  await expect(page.getByRole('radio', { name: /Positive/ })).toBeChecked();
  // The default combination does nothing now; the rebound one submits (a new annotation, not an update).
  await page.keyboard.press('Control+Enter');
  await page.keyboard.press('Alt+KeyS');
  await expect(page.getByText(/Annotation #\d+ saved/)).toBeVisible();
  const task = await getTask(page, taskId);
  expect(task.annotations).toHaveLength(1);
  expect(task.annotations[0].result[0].value.choices).toEqual(['Positive']);

  // Reset all brings the defaults back.
  await page.goto('/user/account');
  await page.getByRole('button', { name: 'Reset all' }).click();
  await expect(page.getByTestId('hotkey-current-annotation:submit')).toHaveText('default');
  expect((await (await page.request.get('/api/current-user/hotkeys')).json()).custom_hotkeys).toEqual({});
});
