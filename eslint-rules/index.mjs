// @ts-check
/** The project's own lint rules, as one ESLint plugin; eslint.config.mjs names it `dateline`. */
import { clientSuffix } from './client-suffix.mjs';
import { noScriptsInE2e, noTestCodeInProduction } from './folder-boundaries.mjs';
import { libLayers } from './lib-layers.mjs';
import { noBuildAtRequestTime } from './no-build-at-request-time.mjs';
import { noContentInComponents } from './no-content-in-components.mjs';
import { urlsFromRoutes } from './urls-from-routes.mjs';

export default {
  meta: { name: 'dateline' },
  rules: {
    'no-build-at-request-time': noBuildAtRequestTime,
    'no-content-in-components': noContentInComponents,
    'urls-from-routes': urlsFromRoutes,
    'no-scripts-in-e2e': noScriptsInE2e,
    'no-test-code-in-production': noTestCodeInProduction,
    'lib-layers': libLayers,
    'client-suffix': clientSuffix,
  },
};
