import { expect, test } from '@playwright/test';

test('the home page names the programme', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '2024–25 Communities of Practice',
  );
});
