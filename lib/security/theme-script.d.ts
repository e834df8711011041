/** Types of theme-script.js (plain JavaScript so that the production server can import it). */
export declare const THEME_STORAGE_KEY: string;
export declare const themeScript: string;
