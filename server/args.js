// @ts-check
/**
 * The command line of `npm start`, the same as `next start`'s where it matters:
 * `--port`/`-p` (else PORT, else 3000), `--hostname`/`-H` (else every interface) and
 * `--keepAliveTimeout` (milliseconds). playwright.config.ts runs `npm start -- --port N --hostname 127.0.0.1`.
 */
import { parseArgs } from 'node:util';

import { readEnv } from '../lib/env.js';

/**
 * @typedef {{ port: number, hostname: string | undefined, keepAliveTimeout: number | undefined }} ServerArgs
 */

/**
 * @param {string} text
 * @param {string} what
 * @param {number} max
 */
function wholeNumber(text, what, max) {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value > max)
    throw new Error(`${what} must be a whole number from 0 to ${max}, not "${text}"`);
  return value;
}

/**
 * @param {string[]} argv the arguments after the script's name
 * @param {Record<string, string | undefined>} env
 * @returns {ServerArgs}
 */
export function serverArgs(argv, env) {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', short: 'p' },
      hostname: { type: 'string', short: 'H' },
      keepAliveTimeout: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  return {
    port: values.port === undefined ? readEnv('PORT', env) : wholeNumber(values.port, '--port', 65535),
    hostname: values.hostname || undefined,
    keepAliveTimeout:
      values.keepAliveTimeout === undefined
        ? undefined
        : wholeNumber(values.keepAliveTimeout, '--keepAliveTimeout', 2 ** 31 - 1),
  };
}
