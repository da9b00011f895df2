import { expect, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';

/** The organization's first user, signed up through the UI by auth.spec.ts. */
export const OWNER = {
  email: 'owner@groundwork.test',
  password: 'correct horse battery',
  firstName: 'Ada',
  lastName: 'Lovelace',
};

export const TEXT_CONFIG = `<View>
  <Text name="text" value="$text"/>
  <Choices name="sentiment" toName="text" choice="single">
    <Choice value="Positive"/>
    <Choice value="Negative"/>
  </Choices>
</View>`;

/** Logs the page's browser context in through the API: faster than the form, which auth.spec.ts covers. */
export async function logIn(page: Page, who: { email: string; password: string } = OWNER): Promise<void> {
  const response = await page.request.post('/api/auth/login', { data: { email: who.email, password: who.password } });
  expect(response.status(), await response.text()).toBe(200);
}

async function csrfToken(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((c) => c.name === 'gw_csrftoken');
  if (!cookie) throw new Error('No CSRF cookie: log in first');
  return cookie.value;
}

/** A write through the API with the session cookie, as the web app makes it. */
export async function apiPost<T>(page: Page, url: string, data: unknown): Promise<T> {
  const request: APIRequestContext = page.request;
  const response = await request.post(url, { data, headers: { 'X-CSRFToken': await csrfToken(page.context()) } });
  expect(response.ok(), `${url}: ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

export async function createProject(
  page: Page,
  title: string,
  labelConfig = TEXT_CONFIG,
): Promise<{ id: number; title: string }> {
  return apiPost(page, '/api/projects', { title, label_config: labelConfig });
}

/** A title no other test uses, so tests stay independent on the shared server. */
export function uniqueTitle(prefix: string): string {
  return `${prefix} ${Date.now().toString(36).slice(-5)}`;
}
