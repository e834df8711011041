/**
 * The head script of every page (lib/security/theme-script.js, where its text and what it does
 * are: plain JavaScript, so that the server can allow exactly these bytes in each page's policy).
 */
export { THEME_STORAGE_KEY, themeScript } from '@/lib/security/theme-script.js';
