/**
 * `npm run desk:user -- add <email> --name "<name>" --role reporter|editor|admin [--password <pw>]`
 * `npm run desk:user -- token <email>` · `npm run desk:user -- revoke-tokens <email>`
 * (docs/deploy.md, "The desk"). Asks for the password on the terminal when it is not given.
 */
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';

import { MIN_PASSWORD_LENGTH } from '../../lib/desk/auth/auth';
import { type DeskContext, openDeskContext } from '../../lib/desk/auth/desk-context';
import { checkPassword, parseUserArgs, UsageError } from '../../lib/desk/cli/user-args';
import { addUser, newToken, revokeUserTokens } from '../../lib/desk/cli/users';

/** Reads a line without echoing it (the password). */
async function askHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY)
    throw new UsageError('desk:user add: no terminal to ask for the password — pass --password "<password>"');
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const reader = createInterface({ input: process.stdin, output, terminal: true });
  const answer = reader.question(question);
  muted = true;
  try {
    return await answer;
  } finally {
    reader.close();
    process.stdout.write('\n');
  }
}

async function main() {
  const command = parseUserArgs(process.argv.slice(2), MIN_PASSWORD_LENGTH);
  let password: string | undefined;
  if (command.command === 'add' && command.password === undefined) {
    password = await askHidden(`Password for ${command.email} (at least ${MIN_PASSWORD_LENGTH} characters): `);
    checkPassword(password, MIN_PASSWORD_LENGTH);
  }
  let context: DeskContext | undefined;
  try {
    context = await openDeskContext();
    switch (command.command) {
      case 'add': {
        await addUser(context, { ...command, password: command.password ?? password ?? '' });
        console.log(`${command.email} can sign in to the desk as ${command.role}.`);
        break;
      }
      case 'token':
        console.log(await newToken(context, command.email));
        console.error(
          `A new API token for ${command.email}; it is shown only now. Send it as Authorization: Bearer <token>.`,
        );
        break;
      case 'revoke-tokens': {
        const count = await revokeUserTokens(context, command.email);
        console.log(`${count} token${count === 1 ? '' : 's'} of ${command.email} revoked.`);
        break;
      }
    }
  } finally {
    await context?.database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
