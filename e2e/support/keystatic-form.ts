/**
 * Driving Keystatic's story form as a person does, shared by the editor's test in `npm run dev`
 * (e2e/editor.editor.ts) and the desk's (e2e/desk-keystatic.publish.ts), which serve the same form.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import sharp from 'sharp';

/** Inserts a story component as an editor does: "/" on an empty line, its name, Enter; then opens its form. */
export async function insertComponent(page: Page, typed: string, label: string) {
  await page.keyboard.type('/');
  await page.getByRole('listbox').waitFor();
  await page.keyboard.type(typed);
  await expect(page.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  // The component's bar in the body: its name and an Edit button that opens its form.
  await page.locator('[data-ignore-content]').filter({ hasText: label }).getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('dialog').waitFor();
}

/**
 * Chooses `option` in the combobox `label` as an editor does: types it, waits until the list
 * offers it, picks it. The choices load from the content folder after the form appears, and a
 * list opened before they arrive stays empty, so the whole step is retried until `chosen` holds.
 */
export async function pick(page: Page, label: string, option: string, chosen: () => Promise<void>) {
  const box = page.getByRole('combobox', { name: label });
  await box.scrollIntoViewIfNeeded();
  await expect(async () => {
    await box.fill('');
    await box.pressSequentially(option);
    const choice = page.getByRole('option', { name: option, exact: true });
    await choice.waitFor({ timeout: 5_000 });
    await choice.click({ timeout: 5_000 });
    await chosen();
  }).toPass({ timeout: 90_000 });
}

/** A small JPEG, as a phone or a camera would hand it over. */
export const photo = (colour: { r: number; g: number; b: number }) =>
  sharp({ create: { width: 1200, height: 675, channels: 3, background: colour } })
    .jpeg({ quality: 80 })
    .toBuffer();

/** Uploads `file` through the "Upload a picture" button in `scope`, as from the computer's file dialog. */
export async function upload(page: Page, scope: Locator, name: string, file: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await scope.getByRole('button', { name: 'Upload a picture' }).click();
  await (await chooser).setFiles({ name, mimeType: 'image/jpeg', buffer: file });
  // The editor shows the picture and the name it will be saved under.
  await expect(scope.getByLabel('File name')).toHaveValue(name.toLowerCase().replace(/ /g, '-'));
}
