// @vitest-environment happy-dom
/**
 * A story's gallery and its viewer as a reader uses them: the grid that <Gallery> renders (all a
 * reader without JavaScript gets), and public/js/gallery.js, loaded into the page as the browser
 * loads it, which opens a picture large in a modal <dialog>.
 *
 * happy-dom does not do the browser's own part of a modal dialog: closing it on Escape. pressEscape
 * does that part as the HTML standard says (keydown, then `cancel`, then close, each unless the page
 * prevents it), so what is tested is the script's answer to it. e2e/rich-media.spec.ts drives the
 * same viewer by keyboard in Chromium.
 */
import { readFileSync } from 'node:fs';

import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { Gallery, Photo } from './Gallery';

const TITLE = 'Storm clean-up in pictures';
const ID = 'gallery-storm-clean-up-in-pictures';

function showGallery() {
  render(
    <Gallery title={TITLE}>
      <Photo
        src="/images/shingle.jpg"
        alt="Shingle across the promenade"
        caption="The sea wall"
        credit="Dateline"
        width={1600}
        height={1200}
      />
      <Photo
        src="/images/boat.jpg"
        alt="A fishing boat on the slipway"
        caption="Lifted by the waves"
        width={1600}
        height={1067}
      />
      <Photo src="/images/hut.jpg" alt="Timber from a beach hut" width={1200} height={1600} />
    </Gallery>,
  );
  return screen.getByRole('region', { name: TITLE });
}

/** The viewer, once open (a <dialog> is not in the accessibility tree until then). */
const viewer = () => screen.queryByRole('dialog');
const openViewer = () => document.querySelector<HTMLDialogElement>('dialog[open]');
const thumbnail = (name: string) => screen.getByRole('link', { name });

/** What the browser does on Escape in a modal dialog, unless the page prevents it. */
function pressEscape() {
  const target = document.activeElement ?? document.body;
  const key = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
  if (!target.dispatchEvent(key)) return;
  const dialog = openViewer();
  if (dialog?.dispatchEvent(new Event('cancel', { cancelable: true }))) dialog.close();
}

beforeAll(() => {
  // The script as the browser runs it: once per page, listening on document.
  window.eval(readFileSync('public/js/gallery.js', 'utf8'));
});

beforeEach(() => {
  window.history.replaceState(null, '', '/uk/fernhill-coast-storm-clean-up-in-pictures');
});

afterEach(() => {
  openViewer()?.close();
  cleanup();
});

describe('a gallery without the viewer', () => {
  it('is a titled grid in which every picture links to its full-size file, with its caption and credit', () => {
    const gallery = showGallery();
    expect(within(gallery).getByRole('heading', { name: TITLE })).toBeTruthy();
    expect(within(gallery).getByText('3 pictures')).toBeTruthy();
    const links = within(gallery).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/images/shingle.jpg',
      '/images/boat.jpg',
      '/images/hut.jpg',
    ]);
    expect(within(gallery).getByRole('img', { name: 'Shingle across the promenade' })).toBeTruthy();
    expect(within(gallery).getByText('The sea wall')).toBeTruthy();
    // Each picture has its own address: #<gallery>-<n>.
    expect(document.getElementById(`${ID}-2`)?.contains(links[1]!)).toBe(true);
  });
});

describe('the gallery viewer', () => {
  it('opens the picture the reader clicks, large, with its caption, credit and place, in the address', async () => {
    showGallery();
    await userEvent.click(thumbnail('A fishing boat on the slipway'));
    const dialog = viewer()!;
    expect(dialog).toBeTruthy();
    expect(openViewer()).toBe(dialog);
    expect(dialog.getAttribute('aria-label')).toBe(`${TITLE}: picture 2 of 3`);
    const large = within(dialog).getByRole('img', { name: 'A fishing boat on the slipway' });
    expect(large.getAttribute('src')).toContain('boat.jpg');
    expect(within(dialog).getByText('Lifted by the waves')).toBeTruthy();
    expect(within(dialog).getByText('2 / 3')).toBeTruthy();
    expect(window.location.hash).toBe(`#${ID}-2`);
  });

  it('moves with Next and Previous, and with the arrow keys, round from the last to the first', async () => {
    showGallery();
    await userEvent.click(thumbnail('A fishing boat on the slipway'));
    const dialog = viewer()!;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Next →' }));
    expect(dialog.getAttribute('aria-label')).toBe(`${TITLE}: picture 3 of 3`);
    expect(within(dialog).getByRole('img').getAttribute('alt')).toBe('Timber from a beach hut');
    expect(window.location.hash).toBe(`#${ID}-3`);
    await userEvent.keyboard('{ArrowRight}');
    expect(dialog.getAttribute('aria-label')).toBe(`${TITLE}: picture 1 of 3`);
    expect(within(dialog).getByText('The sea wall · Dateline')).toBeTruthy();
    await userEvent.keyboard('{ArrowLeft}');
    await userEvent.click(within(dialog).getByRole('button', { name: '← Previous' }));
    expect(dialog.getAttribute('aria-label')).toBe(`${TITLE}: picture 2 of 3`);
  });

  it('closes on Escape, gives focus back to the picture in the grid, and leaves the address', async () => {
    showGallery();
    const link = thumbnail('Timber from a beach hut');
    await userEvent.click(link);
    within(viewer()!).getByRole('button', { name: 'Close' }).focus();
    pressEscape();
    expect(openViewer()).toBeNull();
    expect(document.activeElement).toBe(link);
    expect(window.location.hash).toBe('');
  });

  it('closes with its Close button, focus back on the picture it last showed', async () => {
    showGallery();
    await userEvent.click(thumbnail('Shingle across the promenade'));
    const dialog = viewer()!;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Next →' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(openViewer()).toBeNull();
    expect(document.activeElement).toBe(thumbnail('A fishing boat on the slipway'));
  });

  it('keeps Tab inside the viewer: from its last button round to the first and back', async () => {
    showGallery();
    await userEvent.click(thumbnail('Shingle across the promenade'));
    const dialog = viewer()!;
    const close = within(dialog).getByRole('button', { name: 'Close' });
    const next = within(dialog).getByRole('button', { name: 'Next →' });
    next.focus();
    await userEvent.tab();
    expect(document.activeElement).toBe(close);
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(next);
  });

  it('opens the picture a shared link names', () => {
    showGallery();
    window.location.hash = `${ID}-3`;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(openViewer()?.getAttribute('aria-label')).toBe(`${TITLE}: picture 3 of 3`);
  });

  it('a click with a modifier key (a new tab) opens the full-size file instead', () => {
    showGallery();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true, button: 0 });
    thumbnail('A fishing boat on the slipway').dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    expect(openViewer()).toBeNull();
  });
});
