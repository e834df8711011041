// @ts-check
/**
 * Loads an embed's frame when the reader asks for it (docs/decisions/030-privacy-first-embeds-and-galleries.md).
 * components/mdx/Embed.tsx renders the placeholder, its "Load …" button and a plain link to the
 * original; this file is loaded only by pages that carry an embed, so no other page pays for it.
 * Until the click the page has made no request to the provider: no iframe exists.
 *
 * Delegated on document, so it also serves placeholders that a client-side navigation renders
 * after this script ran once. Plain JavaScript, not a React client component: Next loads every
 * client component a route imports on every page of that route and prefetches it from links,
 * which would put these bytes on every article and front.
 */
(function () {
  var PENDING = 'dateline-embed-pending';

  /**
   * Whether the document was loaded for the page now shown. After a client-side navigation it
   * was loaded for another page, whose Content-Security-Policy allows no frame from this
   * provider: each page allows only the frames of its own embeds.
   */
  function documentIsThisPage() {
    var entry = performance.getEntriesByType('navigation')[0];
    return !entry || new URL(entry.name).pathname === location.pathname;
  }

  /**
   * @param {HTMLElement} button the placeholder's button, which carries the frame's address and name
   * @param {boolean} focus whether to move keyboard focus into the frame (the button disappears)
   */
  function load(button, focus) {
    var box = button.closest('[data-embed-box]');
    var slot = box && box.querySelector('[data-embed-slot]');
    var placeholder = button.closest('[data-embed-placeholder]');
    if (!(slot instanceof HTMLElement) || !(placeholder instanceof HTMLElement) || !button.dataset.frame) return;
    var frame = document.createElement('iframe');
    frame.src = button.dataset.frame;
    frame.title = button.dataset.frameTitle || '';
    frame.className = 'embed-frame';
    // What the provider needs and no more (lib/mdx/embed-providers.ts FRAME_SANDBOX); set before the
    // frame is in the document, so its first load is already sandboxed. No value: the strictest.
    frame.setAttribute('sandbox', button.dataset.frameSandbox || '');
    frame.allow = 'autoplay; clipboard-write; encrypted-media; fullscreen; picture-in-picture';
    // YouTube refuses to play without the page's origin as referrer; no path or query is sent.
    frame.referrerPolicy = 'strict-origin';
    // The placeholder stays in the document, hidden: React owns it and may remove it later. The
    // frame goes into a slot whose content React leaves alone (components/mdx/Embed.tsx).
    placeholder.hidden = true;
    slot.appendChild(frame);
    if (focus) frame.focus();
  }

  // The "Load" buttons show from here on (app/globals.css): until this script has run, a click
  // on one would do nothing.
  document.documentElement.setAttribute('data-embeds', '');

  document.addEventListener('click', function (event) {
    var button = event.target instanceof Element ? event.target.closest('[data-embed-load]') : null;
    if (!(button instanceof HTMLElement)) return;
    if (!documentIsThisPage()) {
      // Reload to get this page's own policy; the frame then loads without a second click.
      try {
        sessionStorage.setItem(PENDING, button.dataset.frame || '');
      } catch {
        // Storage refused (private mode): the reader clicks once more after the reload.
      }
      location.reload();
      return;
    }
    load(button, true);
  });

  /** A click that had to reload the page first: the frame loads as soon as the page has. */
  function loadPending() {
    var pending = null;
    try {
      pending = sessionStorage.getItem(PENDING);
      sessionStorage.removeItem(PENDING);
    } catch {
      return;
    }
    if (!pending) return;
    for (var button of document.querySelectorAll('[data-embed-load]')) {
      if (button instanceof HTMLElement && button.dataset.frame === pending) return load(button, true);
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', loadPending);
  else loadPending();
})();
