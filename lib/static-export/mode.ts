/** True while `npm run build:static` builds the static export (next.config.js, decision 018). */
import { readEnv } from '../env';
export const isStaticExport = () => readEnv('DATELINE_STATIC_EXPORT');
