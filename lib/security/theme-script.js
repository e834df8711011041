// @ts-check
/**
 * The only inline script of our own, inlined in <head> with the same bytes on every page (so a
 * Content-Security-Policy can allow it by hash). It runs before the body is parsed:
 *
 * - applies the reader's remembered theme, so the first paint is already right (no flash);
 *   with no choice stored, CSS follows the system setting and the script changes nothing;
 * - marks <html data-js> so the theme switch, which needs JavaScript, is shown only when it works;
 * - handles the theme switch and closes the open menu on Escape, by delegation on document,
 *   so nothing waits for React to hydrate;
 * - on a page sent without the Next.js runtime (lib/runtime/reader-runtime.js), prefetches the
 *   page a link leads to when the reader shows intent (pointer over it, focus, touch), as a
 *   <link rel=prefetch> of its HTML. Where the runtime runs (`self.__next_f`), its Link does that.
 *
 * Plain JavaScript so that the production server can recognise it byte for byte before it
 * allows it in a page's Content-Security-Policy (lib/security/inline-scripts.js); the layout
 * inlines it through components/layout/theme-script.ts.
 */
export const THEME_STORAGE_KEY = 'dateline-theme';

export const themeScript = `(function(){var d=document.documentElement,k='${THEME_STORAGE_KEY}';try{var t=localStorage.getItem(k);if(t==='dark'||t==='light')d.setAttribute('data-theme',t)}catch(e){}d.setAttribute('data-js','');document.addEventListener('click',function(e){var b=e.target instanceof Element&&e.target.closest('[data-theme-toggle]');if(!b)return;var c=d.getAttribute('data-theme'),dark=c?c==='dark':matchMedia('(prefers-color-scheme: dark)').matches,n=dark?'light':'dark';d.setAttribute('data-theme',n);try{localStorage.setItem(k,n)}catch(e){}});document.addEventListener('keydown',function(e){if(e.key!=='Escape')return;var m=document.querySelector('details[data-menu][open]');if(!m)return;m.open=false;var s=m.querySelector('summary');if(s)s.focus()});var p={};function f(e){if(self.__next_f)return;var a=e.target instanceof Element&&e.target.closest('a[href]');if(!a||a.origin!==location.origin||a.pathname===location.pathname||a.hasAttribute('download'))return;var u=a.pathname+a.search;if(p[u])return;p[u]=1;var l=document.createElement('link');l.rel='prefetch';l.href=u;document.head.appendChild(l)}['mouseover','focusin','touchstart'].forEach(function(t){document.addEventListener(t,f,{passive:true})})})();`;
