/**
 * `decant gateway`: serve Oracle SQL over the PostgreSQL protocol in front of --target, and
 * `decant gateway report`: the statements it could not translate. The CLI opens the gateway's
 * own connection to the target (compatibility schema, column types, the report table) and
 * hands the rest to src/gateway/, which it loads when the command runs.
 */
import { readFileSync } from 'node:fs';
import tls from 'node:tls';
import type { Command } from 'commander';
import { Option } from 'commander';
import { DecantError, messageOf } from '../../core/errors.js';
import { DIALECTS, type Dialect } from '../../gateway/dialect-switch.js';
import type { Gateway } from '../../gateway/server.js';
import { DEFAULT_COMPAT_SCHEMA } from '../../core/compat-schema.js';
import { parseListen } from '../listen.js';

interface GatewayFlags {
  listen: string;
  dialect: Dialect;
  compatSchema: string;
  installCompat?: boolean;
  tlsCert?: string;
  tlsKey?: string;
  startupTimeout: string;
}

const REPORT_FLUSH_MS = 5_000;

export function registerGatewayCommand(program: Command): void {
  const gateway = program
    .command('gateway')
    .description(
      'serve Oracle SQL over the PostgreSQL wire protocol: clients connect as to PostgreSQL, each statement is translated and run on --target',
    )
    .option('--listen <host:port>', 'address to listen on', '127.0.0.1:15432')
    .addOption(
      new Option('--dialect <dialect>', 'what sessions send unless they ask otherwise')
        .choices([...DIALECTS])
        .default('oracle'),
    )
    .option(
      '--compat-schema <name>',
      "schema of Decant's Oracle compatibility functions",
      DEFAULT_COMPAT_SCHEMA,
    )
    .option('--install-compat', 'create or update the compatibility schema in the target before serving')
    .option('--tls-cert <file>', 'PEM certificate offered to clients that ask for TLS (with --tls-key)')
    .option('--tls-key <file>', 'PEM private key of --tls-cert')
    .option(
      '--startup-timeout <seconds>',
      'close a connection that has not started its session and authenticated by then',
      '60',
    )
    .addHelpText(
      'after',
      `
Authentication: the gateway relays SCRAM-SHA-256 between the client and the target, so the target
checks each client's own user and password, and the gateway never sees a password. A target that
asks for no password, a cleartext password or MD5 is refused (configure scram-sha-256 in its
pg_hba.conf). Each client session has its own target connection.

Dialect: sessions translate Oracle SQL unless they connect with options='-c decant.dialect=postgres'
(PGOPTIONS for libpq tools), run SET decant.dialect = postgres, or open one statement with
/* decant:postgres */. PostgreSQL commands Oracle lacks (BEGIN, COPY, SHOW, SET, ...) pass as they are.

Target: a host and port, or PostgreSQL's Unix socket when the gateway runs on the database's host
(postgresql://decant:secret@%2Fvar%2Frun%2Fpostgresql/shop, or ?host=/var/run/postgresql), which
spares every statement a trip through loopback TCP.

The --target URL's credentials are the gateway's own: it reads the column types of the target's
tables at start and after each CREATE/ALTER/DROP/RENAME a session sends (exact date arithmetic),
and records the statements it could not translate in the
ledger schema, which "decant gateway report" prints.

Examples:
  decant gateway --target postgresql://decant:secret@db:5432/shop --install-compat
  psql "host=127.0.0.1 port=15432 dbname=shop user=app" -c "select banner from v\\$version"
  decant gateway report --target postgresql://decant:secret@db:5432/shop`,
    )
    .action(async (flags: GatewayFlags, cmd: Command) => {
      const { cliContext } = await import('../context.js');
      const ctx = cliContext(cmd);
      const listen = parseListen(flags.listen);
      const startupTimeoutMs = parseSeconds(flags.startupTimeout, 'startup-timeout') * 1000;
      const secureContext = readTls(flags);
      const [
        { connect, describeServer, serverAddress },
        { followColumnTypes, readColumnTypes },
        { UntranslatedRecorder },
        { startGateway },
        { installOracleCompat },
      ] = await Promise.all([
        import('../../core/pg/connect.js'),
        import('../../gateway/column-types.js'),
        import('../../gateway/report.js'),
        import('../../gateway/server.js'),
        import('../../target/compat/oracle-compat.js'),
      ]);
      const admin = await connect(ctx.config.target, 'target', 'decant gateway');
      if (flags.installCompat) await installOracleCompat(admin, flags.compatSchema);
      const ownSchemas = [flags.compatSchema, ctx.config.ledgerSchema];
      const columnTypes = await readColumnTypes(admin, ownSchemas);
      const recorder = new UntranslatedRecorder(admin, ctx.config.ledgerSchema);
      let server: Gateway | undefined;
      const relationsChanged = followColumnTypes(
        () => readColumnTypes(admin, ownSchemas),
        (types) => server?.translator.setColumnTypes(types),
        (error) =>
          process.stderr.write(
            `decant gateway: cannot read the target's column types: ${messageOf(error)}\n`,
          ),
      );
      try {
        server = await startGateway({
          target: serverAddress(ctx.config.target),
          listen,
          startupTimeoutMs,
          dialect: flags.dialect,
          translate: { compatSchema: flags.compatSchema, columnTypes },
          ...(secureContext ? { tls: secureContext } : {}),
          onUntranslatable: (sql, outcome) => recorder.record(sql, outcome),
          onRelationsChanged: relationsChanged,
        });
      } catch (error) {
        await admin.end();
        throw new DecantError('GATEWAY_LISTEN', `cannot listen on ${flags.listen}: ${messageOf(error)}`, {
          hint: 'choose a free port with --listen host:port',
          cause: error,
        });
      }
      const flush = async (): Promise<void> => {
        try {
          await recorder.flush();
        } catch (error) {
          process.stderr.write(
            `decant gateway: cannot record untranslated statements: ${messageOf(error)}\n`,
          );
        }
      };
      const timer = setInterval(() => void flush(), REPORT_FLUSH_MS);
      process.stderr.write(
        `decant gateway: listening on ${server.address.host}:${server.address.port}${secureContext ? ' (TLS offered)' : ''}, ` +
          `target ${describeServer(ctx.config.target)}, ${flags.dialect} SQL by default, ` +
          `${columnTypes.size} tables' column types known\n`,
      );
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      clearInterval(timer);
      await server.close();
      await flush();
      await admin.end();
    });

  gateway
    .command('report')
    .description(
      'list the statements the gateway could not translate: how often, and why (most frequent first)',
    )
    .action(async (_flags: unknown, cmd: Command) => {
      const { cliContext } = await import('../context.js');
      const ctx = cliContext(cmd);
      const [{ connect }, { readUntranslated }] = await Promise.all([
        import('../../core/pg/connect.js'),
        import('../../gateway/report.js'),
      ]);
      const admin = await connect(ctx.config.target, 'target', 'decant gateway report');
      try {
        const statements = await readUntranslated(admin, ctx.config.ledgerSchema);
        if (ctx.json) {
          process.stdout.write(`${JSON.stringify({ type: 'gateway-report', statements })}\n`);
          return;
        }
        if (statements.length === 0) {
          process.stdout.write('No untranslated statements recorded.\n');
          return;
        }
        for (const s of statements) {
          process.stdout.write(`${String(s.count).padStart(8)}  ${s.code}  ${s.message}\n`);
          process.stdout.write(`          ${s.sql.split('\n').join('\n          ')}\n`);
        }
        const total = statements.reduce((n, s) => n + s.count, 0);
        process.stdout.write(`${statements.length} distinct statements, ${total} executions refused\n`);
      } finally {
        await admin.end();
      }
    });
}

function parseSeconds(text: string, option: string): number {
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new DecantError('CONFIG_INVALID', `--${option} ${text} is not a number of seconds`, {
      hint: `write it as --${option} 60`,
      context: { key: option },
    });
  return seconds;
}

function readTls(flags: GatewayFlags): tls.SecureContext | undefined {
  if (!flags.tlsCert && !flags.tlsKey) return undefined;
  if (!flags.tlsCert || !flags.tlsKey)
    throw new DecantError('GATEWAY_TLS', 'TLS needs both --tls-cert and --tls-key', {
      hint: 'give the PEM certificate and its private key',
    });
  try {
    return tls.createSecureContext({ cert: readFileSync(flags.tlsCert), key: readFileSync(flags.tlsKey) });
  } catch (error) {
    throw new DecantError(
      'GATEWAY_TLS',
      `cannot use ${flags.tlsCert} and ${flags.tlsKey}: ${messageOf(error)}`,
      {
        hint: 'give a readable PEM certificate and the private key that matches it',
        cause: error,
      },
    );
  }
}
