// @ts-check
/** The project's own lint rules, as one ESLint plugin; eslint.config.mjs names it `dateline`. */
import { noBuildAtRequestTime } from './no-build-at-request-time.mjs';
import { noContentInComponents } from './no-content-in-components.mjs';
import { urlsFromRoutes } from './urls-from-routes.mjs';

export default {
  meta: { name: 'dateline' },
  rules: {
    'no-build-at-request-time': noBuildAtRequestTime,
    'no-content-in-components': noContentInComponents,
    'urls-from-routes': urlsFromRoutes,
  },
};
