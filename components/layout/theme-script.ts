/**
 * The only script of our own, inlined in <head> with the same bytes on every page (so a
 * Content-Security-Policy can allow it by hash). It runs before the body is parsed:
 *
 * - applies the reader's remembered theme, so the first paint is already right (no flash);
 *   with no choice stored, CSS follows the system setting and the script changes nothing;
 * - marks <html data-js> so the theme switch, which needs JavaScript, is shown only when it works;
 * - handles the theme switch and closes the open menu on Escape, by delegation on document,
 *   so nothing waits for React to hydrate.
 */
export const THEME_STORAGE_KEY = 'dateline-theme';

export const themeScript = `(function(){var d=document.documentElement,k='${THEME_STORAGE_KEY}';try{var t=localStorage.getItem(k);if(t==='dark'||t==='light')d.setAttribute('data-theme',t)}catch(e){}d.setAttribute('data-js','');document.addEventListener('click',function(e){var b=e.target instanceof Element&&e.target.closest('[data-theme-toggle]');if(!b)return;var c=d.getAttribute('data-theme'),dark=c?c==='dark':matchMedia('(prefers-color-scheme: dark)').matches,n=dark?'light':'dark';d.setAttribute('data-theme',n);try{localStorage.setItem(k,n)}catch(e){}});document.addEventListener('keydown',function(e){if(e.key!=='Escape')return;var m=document.querySelector('details[data-menu][open]');if(!m)return;m.open=false;var s=m.querySelector('summary');if(s)s.focus()})})();`;
