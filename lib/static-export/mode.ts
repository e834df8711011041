/** True while `npm run build:static` builds the static export (next.config.js, decision 018). */
export const isStaticExport = () => process.env.DATELINE_STATIC_EXPORT === '1';
