/** True while `npm run build:static` builds the static export (next.config.js, decision 018). */
import { type Env, readEnv } from '../env';
export const isStaticExport = (env: Env = process.env) => readEnv('DATELINE_STATIC_EXPORT', env);
