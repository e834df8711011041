import { describe, expect, it } from 'vitest';

import { parseUserArgs } from './user-args';

const parse = (...argv: string[]) => parseUserArgs(argv, 10);

describe('npm run desk:user arguments', () => {
  it('reads add with a name, a role and a password; the email in lower case', () => {
    expect(
      parse('add', 'Jane@Example.org', '--name', 'Jane Doe', '--role', 'editor', '--password', 'a long passphrase'),
    ).toEqual({
      command: 'add',
      email: 'jane@example.org',
      name: 'Jane Doe',
      role: 'editor',
      password: 'a long passphrase',
    });
  });

  it('leaves the password to be asked when --password is not given', () => {
    expect(parse('add', 'jane@example.org', '--role', 'reporter', '--name', 'Jane')).toMatchObject({
      password: undefined,
    });
  });

  it('reads token and revoke-tokens with an email', () => {
    expect(parse('token', 'jane@example.org')).toEqual({ command: 'token', email: 'jane@example.org' });
    expect(parse('revoke-tokens', 'jane@example.org')).toEqual({ command: 'revoke-tokens', email: 'jane@example.org' });
  });

  it.each([
    [
      ['add', 'jane@example.org', '--name', 'Jane', '--role', 'boss'],
      /"boss" is not a role — use one of reporter, editor, admin/,
    ],
    [['add', 'jane@example.org', '--role', 'reporter'], /--name is missing — add --name "Jane Doe"/],
    [['add', 'jane@example.org', '--name', 'Jane'], /--role is missing/],
    [['add', '--name', 'Jane', '--role', 'reporter'], /give the person's email first/],
    [['add', 'not-an-email', '--name', 'Jane', '--role', 'reporter'], /"not-an-email" is not an email address/],
    [
      ['add', 'jane@example.org', '--name', 'Jane', '--role', 'reporter', '--password', 'short'],
      /the password is 5 characters long — use at least 10/,
    ],
    [
      ['add', 'jane@example.org', '--name', 'Jane', '--role', 'reporter', '--colour', 'red'],
      /unknown argument "--colour"/,
    ],
    [['add', 'jane@example.org', '--name', 'Jane', '--name', 'Joan', '--role', 'reporter'], /--name is given twice/],
    [['add', 'jane@example.org', '--name'], /--name needs a value/],
    [['token'], /give the person's email first/],
    [['token', 'jane@example.org', '--role', 'admin'], /unknown argument "--role" — it takes only the email/],
    [['remove', 'jane@example.org'], /unknown command "remove"/],
    [[], /say what to do/],
  ])('refuses %j with a message saying what to type', (argv, message) => {
    expect(() => parse(...argv)).toThrow(message);
  });
});
