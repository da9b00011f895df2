import { parseArgs } from 'node:util';
import { loadSecret } from './platform/security/secret';
import { TokenKeeper } from './platform/security/tokens';
import { loadConfig } from './config';
import type { Role } from './platform/db/schema';
import { migrate } from './platform/db/migrator';
import { openDatabase } from './platform/db/database';
import { ROLES } from './platform/access/policy';
import { Repositories } from './repositories';
import { UserService } from './modules/users';
import { databaseUrl, openMigrated, start, worker } from './main';

const USAGE = `Usage: groundwork <command>

Commands:
  start                                   start the server (PORT, GROUNDWORK_DATA_DIR, DATABASE_URL)
  migrate                                 apply database migrations
  worker                                  run background jobs from the PostgreSQL queue (DATABASE_URL)
  user create --email E --password P [--role ROLE] [--first-name F] [--last-name L]
                                          create a user and print their API token
  user token --email E                    print a user's API token
  user reset-password --email E [--password P]
                                          set a new password (read from stdin when --password is absent)

Roles: ${ROLES.join(', ')}`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function readStdin(): Promise<string> {
  let data = '';
  for await (const chunk of process.stdin) data += chunk;
  return data.trim();
}

export async function main(argv: string[]): Promise<void> {
  const [command, sub, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    console.log(USAGE);
    return;
  }
  const config = loadConfig();
  if (command === 'start') return start(config);
  if (command === 'worker') {
    try {
      return await worker(config);
    } catch (e) {
      fail(e instanceof Error ? e.message : String(e));
    }
  }
  if (command === 'migrate') {
    const db = openDatabase({ url: databaseUrl(config) });
    const applied = await migrate(db);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
    await db.destroy();
    return;
  }
  if (command !== 'user') fail(`Unknown command "${command}".\n\n${USAGE}`);

  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
      'first-name': { type: 'string' },
      'last-name': { type: 'string' },
    },
  });
  if (!values.email) fail('--email is required.');
  const db = await openMigrated(config);
  const repos = Repositories.of(db);
  const users = new UserService(repos, new TokenKeeper(loadSecret(config.dataDir, config.secretKey)));
  try {
    if (sub === 'create') {
      if (!values.password) fail('--password is required.');
      if (values.role && !ROLES.includes(values.role as Role)) fail(`--role must be one of ${ROLES.join(', ')}.`);
      const user = await users.createUser({
        email: values.email,
        password: values.password,
        role: values.role as Role | undefined,
        first_name: values['first-name'],
        last_name: values['last-name'],
      });
      console.log(users.tokenOf(user));
    } else if (sub === 'token') {
      const user = await repos.users.findByEmail(values.email);
      if (!user) fail(`No user with email ${values.email}.`);
      console.log(users.tokenOf(user));
    } else if (sub === 'reset-password') {
      const user = await repos.users.findByEmail(values.email);
      if (!user) fail(`No user with email ${values.email}.`);
      const password = values.password ?? (await readStdin());
      await users.setPassword(user.id, password);
      console.log(`Password updated for ${user.email}.`);
    } else {
      fail(`Unknown user command "${sub ?? ''}".\n\n${USAGE}`);
    }
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  } finally {
    await db.destroy();
  }
}
