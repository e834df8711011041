/**
 * What `npm run build` prerenders and what renders on request (docs/decisions/023). On
 * `npm start`, a window of the newest stories and the fronts' first pages are prerendered;
 * everything else renders on its first request and is cached. proxy.ts answers addresses the
 * content store does not know with a 404 before any render, so made-up URLs fill no cache.
 * The static export has no server: it prerenders every page, as before.
 */
import { isStaticExport } from './static-export/mode';

/** Whether pages outside the prerendered window exist (a server renders them on request). */
export const rendersOnRequest = (): boolean => !isStaticExport();
