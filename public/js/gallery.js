// @ts-check
/**
 * The gallery viewer (docs/decisions/030-privacy-first-embeds-and-galleries.md). components/mdx/Gallery.tsx
 * renders each gallery as a grid in which every picture links to its full-size file, which is
 * all a reader without JavaScript needs; this file, loaded only by pages with a gallery, opens
 * a picture large instead.
 *
 * - The open picture is in the address: #<gallery>-<n> is also the id of its place in the grid,
 *   so a shared link opens it here, and without JavaScript scrolls to it.
 * - Opening adds one history entry, so Back closes the viewer; moving between pictures
 *   (arrow keys, the buttons, a swipe) replaces it, so one Back is always enough.
 * - A modal <dialog> keeps focus inside and closes on Escape; focus then returns to the
 *   picture's place in the grid.
 *
 * Each gallery's <dialog> is built here, the first time it opens, inside an element whose
 * content React does not hydrate (components/mdx/Gallery.tsx), so a viewer opened by a shared
 * link before React has taken over the page survives hydration. Delegated on document, so
 * galleries rendered by a client-side navigation work too.
 */
(function () {
  /** Sideways travel, in CSS pixels, that turns a swipe into the next or previous picture. */
  var SWIPE_PX = 40;
  /** Marks history entries this script added, so that closing knows whether Back is ours to take. */
  var OURS = 'datelineGallery';

  /** The open viewer: its dialog, the gallery's pictures and which one is shown. */
  /** @type {{ dialog: HTMLDialogElement, items: HTMLElement[], index: number } | null} */
  var shown = null;
  /** @type {{ x: number, y: number } | null} */
  var swipeStart = null;

  /** @param {string} tag @param {string} className @param {string} [text] */
  function element(tag, className, text) {
    var node = document.createElement(tag);
    node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  /** @param {Element} gallery @param {Element} slot */
  function build(gallery, slot) {
    var box = /** @type {HTMLDialogElement} */ (element('dialog', 'lightbox'));
    box.setAttribute('aria-describedby', gallery.id + '-caption');
    var bar = element('div', 'lightbox-bar');
    var count = element('p', 'lightbox-count');
    count.setAttribute('aria-hidden', 'true');
    var close = element('button', 'lightbox-button', 'Close');
    close.setAttribute('type', 'button');
    close.addEventListener('click', function () {
      box.close();
    });
    bar.append(count, close);
    var stage = element('div', 'lightbox-stage');
    stage.append(element('img', 'lightbox-image'));
    var foot = element('div', 'lightbox-foot');
    var previous = element('button', 'lightbox-button', '← Previous');
    var next = element('button', 'lightbox-button', 'Next →');
    previous.setAttribute('type', 'button');
    next.setAttribute('type', 'button');
    previous.addEventListener('click', function () {
      step(-1);
    });
    next.addEventListener('click', function () {
      step(1);
    });
    var caption = element('p', 'lightbox-caption');
    caption.id = gallery.id + '-caption';
    foot.append(previous, caption, next);
    box.append(bar, stage, foot);

    box.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowRight') step(1);
      else if (event.key === 'ArrowLeft') step(-1);
      else if (event.key === 'Tab') {
        // The modal dialog makes the page inert, but Tab would still leave for the browser's own
        // controls; it goes round the viewer's buttons instead.
        var first = close;
        var last = next;
        if (event.shiftKey ? document.activeElement !== first : document.activeElement !== last) return;
        (event.shiftKey ? last : first).focus();
      } else return;
      event.preventDefault();
    });
    box.addEventListener('close', closed);
    stage.addEventListener('pointerdown', function (event) {
      swipeStart = { x: event.clientX, y: event.clientY };
    });
    stage.addEventListener('pointercancel', function () {
      swipeStart = null;
    });
    stage.addEventListener('pointerup', function (event) {
      var start = swipeStart;
      swipeStart = null;
      if (!start) return;
      var dx = event.clientX - start.x;
      if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > Math.abs(event.clientY - start.y)) step(dx < 0 ? 1 : -1);
    });
    slot.append(box);
    return box;
  }

  /** The grid item an address points to (#<gallery>-<n>), if it is a gallery picture. */
  function itemFromAddress() {
    var id = '';
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return null; // a malformed address names no picture
    }
    var item = id ? document.getElementById(id) : null;
    return item && item.hasAttribute('data-gallery-item') ? item : null;
  }

  /** @param {HTMLElement} item */
  function show(item) {
    var gallery = item.closest('[data-gallery]');
    var slot = gallery && gallery.querySelector('[data-gallery-viewer]');
    if (!gallery || !slot) return;
    var dialog = slot.querySelector('dialog') || build(gallery, slot);
    if (shown && shown.dialog !== dialog && shown.dialog.open) shown.dialog.close();
    var items = /** @type {HTMLElement[]} */ (Array.from(gallery.querySelectorAll('[data-gallery-item]')));
    shown = { dialog: dialog, items: items, index: items.indexOf(item) };
    var title = gallery.getAttribute('data-gallery') || '';
    var link = /** @type {HTMLAnchorElement | null} */ (item.querySelector('a[data-photo]'));
    var thumbnail = item.querySelector('img');
    var image = /** @type {HTMLImageElement} */ (dialog.querySelector('.lightbox-image'));
    var caption = /** @type {HTMLElement} */ (dialog.querySelector('.lightbox-caption'));
    var position = shown.index + 1 + ' of ' + items.length;
    if (link) {
      image.removeAttribute('src');
      image.width = Number(link.dataset.width);
      image.height = Number(link.dataset.height);
      image.sizes = '100vw';
      image.srcset = link.dataset.srcset || '';
      image.src = link.dataset.src || link.href;
      image.alt = thumbnail ? thumbnail.alt : '';
      caption.textContent = [link.dataset.caption, link.dataset.credit].filter(Boolean).join(' · ');
    }
    /** @type {HTMLElement} */ (dialog.querySelector('.lightbox-count')).textContent = position.replace(' of ', ' / ');
    dialog.setAttribute('aria-label', title + ': picture ' + position);
    if (!dialog.open) dialog.showModal();
  }

  /** @param {number} direction 1 for the next picture, -1 for the previous one */
  function step(direction) {
    if (!shown) return;
    var count = shown.items.length;
    var item = shown.items[(shown.index + direction + count) % count];
    if (!item) return;
    history.replaceState(ours(), '', '#' + item.id);
    show(item);
  }

  /** The history state to keep: this entry's own marker, whatever Next adds to it. */
  function ours() {
    var state = history.state;
    return state && state[OURS] ? { [OURS]: true } : null;
  }

  /** Escape, the Close button and Back all end here; the address and the focus follow. */
  function closed() {
    if (!shown || shown.dialog.open) return;
    var last = shown.items[shown.index];
    shown = null;
    if (itemFromAddress()) {
      if (history.state && history.state[OURS]) history.back();
      else history.replaceState(null, '', location.pathname + location.search);
    }
    var link = last && last.querySelector('a[data-photo]');
    if (link instanceof HTMLElement) link.focus();
  }

  /** Follows the address: a shared link or Forward opens the picture, Back closes it. */
  function follow() {
    var item = itemFromAddress();
    if (item) show(item);
    else if (shown) shown.dialog.close();
  }

  document.addEventListener('click', function (event) {
    // A click with a modifier key (new tab or window) still opens the full-size file.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    var link = event.target instanceof Element ? event.target.closest('a[data-photo]') : null;
    var item = link && link.closest('[data-gallery-item]');
    if (!(item instanceof HTMLElement)) return;
    event.preventDefault();
    history.pushState({ [OURS]: true }, '', '#' + item.id);
    show(item);
  });
  addEventListener('popstate', follow);
  addEventListener('hashchange', follow);
  // An async script may run before the grid is parsed.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', follow);
  else follow();
})();
