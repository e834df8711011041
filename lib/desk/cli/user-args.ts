/**
 * `npm run desk:user -- <command> …`, read into a command or refused with a message that says
 * what to type instead. Kept apart from the script so every refusal is unit-tested.
 */
import { isRole, type Role, ROLES } from '../roles';

export type UserCommand =
  | { command: 'add'; email: string; name: string; role: Role; password: string | undefined }
  | { command: 'token'; email: string }
  | { command: 'revoke-tokens'; email: string };

export const USAGE = `Usage:
  npm run desk:user -- add <email> --name "<name>" --role ${ROLES.join('|')} [--password <password>]
  npm run desk:user -- token <email>          prints a new API token for that person
  npm run desk:user -- revoke-tokens <email>  every token of that person stops working`;

export class UsageError extends Error {}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function checkedEmail(value: string | undefined, command: string): string {
  if (value === undefined || value.startsWith('--'))
    throw new UsageError(`desk:user ${command}: give the person's email first, e.g. ${command} jane@example.org`);
  if (!EMAIL.test(value))
    throw new UsageError(`desk:user ${command}: "${value}" is not an email address, e.g. jane@example.org`);
  return value.toLowerCase();
}

/** Reads `--flag value` pairs; refuses unknown flags, repeated flags and flags without a value. */
function flags(args: string[], allowed: readonly string[], command: string): Map<string, string> {
  const found = new Map<string, string>();
  for (let index = 0; index < args.length; index += 2) {
    const flag = args[index] as string;
    const value = args[index + 1];
    if (!allowed.includes(flag))
      throw new UsageError(
        `desk:user ${command}: unknown argument "${flag}" — ${allowed.length ? `use ${allowed.join(', ')}` : 'it takes only the email'}`,
      );
    if (found.has(flag)) throw new UsageError(`desk:user ${command}: ${flag} is given twice`);
    if (value === undefined || value.startsWith('--'))
      throw new UsageError(`desk:user ${command}: ${flag} needs a value, e.g. ${flag} ${example(flag)}`);
    found.set(flag, value);
  }
  return found;
}

const example = (flag: string) =>
  ({ '--name': '"Jane Doe"', '--role': 'reporter', '--password': '"a long passphrase"' })[flag] ?? 'value';

export function parseUserArgs(argv: readonly string[], minPasswordLength: number): UserCommand {
  const [command, email, ...rest] = argv;
  switch (command) {
    case 'add': {
      const checked = checkedEmail(email, 'add');
      const given = flags(rest, ['--name', '--role', '--password'], 'add');
      const name = given.get('--name')?.trim();
      if (!name) throw new UsageError('desk:user add: --name is missing — add --name "Jane Doe" (shown on the desk)');
      const role = given.get('--role');
      if (role === undefined)
        throw new UsageError(`desk:user add: --role is missing — add --role ${ROLES.join(', --role ')}`);
      if (!isRole(role))
        throw new UsageError(`desk:user add: "${role}" is not a role — use one of ${ROLES.join(', ')}`);
      const password = given.get('--password');
      if (password !== undefined) checkPassword(password, minPasswordLength);
      return { command: 'add', email: checked, name, role, password };
    }
    case 'token':
    case 'revoke-tokens': {
      const checked = checkedEmail(email, command);
      flags(rest, [], command);
      return { command, email: checked };
    }
    case undefined:
      throw new UsageError(`desk:user: say what to do.\n${USAGE}`);
    default:
      throw new UsageError(`desk:user: unknown command "${command}".\n${USAGE}`);
  }
}

/** Throws when a password is too short for the desk (the library enforces the same minimum). */
export function checkPassword(password: string, minPasswordLength: number) {
  if (password.length < minPasswordLength)
    throw new UsageError(
      `desk:user add: the password is ${password.length} characters long — use at least ${minPasswordLength} (a few words make a good one)`,
    );
}
