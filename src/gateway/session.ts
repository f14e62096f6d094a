/**
 * One client connection: its own connection to the target (so transactions, temporary tables
 * and settings behave as on PostgreSQL), the authentication relayed between the two, then
 * every message passed on, except that statement text is translated on the way in, and the
 * target's answers to translated statements are put back in the client's terms on the way out.
 *
 * A statement that cannot be translated is still sent, as a name PostgreSQL cannot parse
 * (`decant_gateway_error_<n>`): the target fails it where the client's statement stood, with
 * PostgreSQL's own rules for what comes after (the rest of the pipeline skipped to Sync, an
 * open transaction aborted), and the gateway swaps that error for the translator's.
 */
import net from 'node:net';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';
import { describeAddress, type ServerAddress } from '../core/pg/connect.js';
import { reorder, typesByPlaceholder, type ParameterMap } from './binds.js';
import type { Dialect } from './dialect-switch.js';
import { AuthCode, Backend, Frontend, SqlState } from './protocol/codes.js';
import { MalformedMessageError, MessageStream } from './protocol/frames.js';
import {
  message as buildMessage,
  MessageReader,
  readBind,
  readFields,
  readParameterDescription,
  readParse,
  readQuery,
  readTarget,
  writeBind,
  writeError,
  writeParameterDescription,
  writeParse,
  writeQuery,
  type ErrorFields,
} from './protocol/messages.js';
import { readFirstMessage, startupDialect } from './startup.js';
import { followNlsFormats, type NlsFormats } from '../translate/index.js';
import {
  isUntranslatable,
  type Prepared,
  type StatementTranslator,
  type Untranslatable,
} from './statements.js';

export interface SessionOptions {
  readonly target: ServerAddress;
  readonly translator: StatementTranslator;
  readonly dialect: Dialect;
  /** A client that has not authenticated by then is let go: it holds a socket and a target connection. */
  readonly startupTimeoutMs: number;
  /** Offered to clients that ask for TLS; without it they are told to go on in plain text. */
  readonly tls?: tls.SecureContext;
  /** A statement the translator refused, for the gateway's report. */
  readonly onUntranslatable?: (text: string, outcome: Untranslatable) => void;
  /** A CREATE, ALTER, DROP or RENAME was sent and the session is outside a transaction again. */
  readonly onRelationsChanged?: () => void;
}

const MARKER = 'decant_gateway_error_';

export class Session {
  private client: Duplex;
  private upstream: net.Socket | undefined;
  private dialect: Dialect;
  /** NLS_DATE_FORMAT and NLS_TIMESTAMP_FORMAT as the session's ALTER SESSION statements set them. */
  private formats: NlsFormats = {};
  private readonly defaultDialect: Dialect;
  private authenticated = false;
  /** Named statements (and '' for the unnamed one) whose parameters need reordering. */
  private readonly parameterMaps = new Map<string, ParameterMap>();
  /** ParameterDescriptions to expect, in order, with the Sync they belong to. */
  private readonly describes: { sync: number; map: ParameterMap | undefined }[] = [];
  private syncsSent = 0;
  private syncsAnswered = 0;
  private markerCount = 0;
  /** A statement that may change tables was sent; told once its transaction is over. */
  private relationsChanged = false;
  /** Each marker's error, with the Sync its statement belongs to (see forgetSkippedMarkers). */
  private readonly markers = new Map<string, { sync: number; error: Buffer }>();
  private closed = false;

  constructor(
    socket: net.Socket,
    private readonly options: SessionOptions,
  ) {
    this.client = socket;
    this.dialect = options.dialect;
    this.defaultDialect = options.dialect;
    // From the first byte on: a client that resets the connection during startup, or one that
    // is gone when the gateway answers it, makes the socket emit 'error', and an 'error' event
    // without a listener would end the whole gateway process, every other session with it.
    socket.on('error', () => socket.destroy());
  }

  private startupTimer: NodeJS.Timeout | undefined;

  /** Runs the session; resolves when both sides are closed. */
  async run(): Promise<void> {
    const done = new Promise<void>((resolve) => this.client.once('close', () => resolve()));
    this.startupTimer = setTimeout(() => this.startupTimedOut(), this.options.startupTimeoutMs);
    this.client.once('close', () => clearTimeout(this.startupTimer));
    try {
      await this.open();
    } catch (error) {
      this.fail(error);
    }
    await done;
  }

  private async open(): Promise<void> {
    let first = await readFirstMessage(this.client);
    while (first.message.kind === 'ssl' || first.message.kind === 'gssenc') {
      if (first.message.kind === 'ssl' && this.options.tls) {
        this.client.write('S');
        const secure = new tls.TLSSocket(this.client as net.Socket, {
          isServer: true,
          secureContext: this.options.tls,
        });
        // A failed handshake is an 'error' of the TLS socket itself (see the constructor).
        secure.on('error', () => secure.destroy());
        this.client = secure;
      } else {
        this.client.write('N');
      }
      first = await readFirstMessage(this.client);
    }
    const message = first.message;
    if (message.kind === 'cancel') {
      // The key is the target's own (BackendKeyData went to the client unchanged): pass it on.
      const cancel = net.connect(this.options.target);
      cancel.on('error', () => cancel.destroy());
      cancel.end(message.bytes);
      this.client.end();
      return;
    }
    if (message.kind !== 'startup') return;
    const asked = startupDialect(message.parameters);
    if (asked !== undefined) {
      if (asked !== 'oracle' && asked !== 'postgres') {
        this.fatal(SqlState.ProtocolViolation, `decant.dialect must be oracle or postgres, not "${asked}"`);
        return;
      }
      this.dialect = asked;
    }
    const upstream = net.connect(this.options.target);
    upstream.setNoDelay(true);
    this.upstream = upstream;
    try {
      await new Promise<void>((resolve, reject) => {
        upstream.once('connect', resolve);
        upstream.once('error', reject);
      });
    } catch (error) {
      this.fatal(
        SqlState.CannotConnect,
        `the gateway cannot connect to the target at ${describeAddress(this.options.target)}: ${(error as Error).message}`,
        'check that the target is up and reachable from the gateway',
      );
      return;
    }
    if (this.client instanceof net.Socket) this.client.setNoDelay(true);
    this.wire(first.rest);
    upstream.write(message.bytes);
  }

  /** Connects the two streams once the startup message has gone to the target. */
  private wire(rest: Buffer): void {
    const client = this.client;
    const upstream = this.upstream!;
    // The client left while the target connection was being opened: its 'close' has passed,
    // so nothing below would ever end the target connection.
    if (client.destroyed) {
      upstream.destroy();
      return;
    }
    const fromClient = new MessageStream(
      (type) => this.authenticated && WANTED_FROM_CLIENT.has(type),
      (type, message) => this.fromClient(type, message),
    );
    const fromTarget = new MessageStream(
      (type) => this.wantedFromTarget(type),
      (type, message) => this.fromTarget(type, message),
    );
    const relay = (from: Duplex, to: Duplex, stream: MessageStream) => (chunk: Buffer) => {
      let out: Buffer[];
      try {
        out = stream.push(chunk);
      } catch (error) {
        this.fail(error);
        return;
      }
      if (out.length === 0) return;
      const ok = to.write(out.length === 1 ? out[0]! : Buffer.concat(out));
      if (!ok) {
        from.pause();
        to.once('drain', () => from.resume());
      }
    };
    client.on('data', relay(client, upstream, fromClient));
    upstream.on('data', relay(upstream, client, fromTarget));
    client.on('error', () => client.destroy());
    upstream.on('error', (error) => this.fail(error));
    // Either side gone ends the other; what the target said last still reaches the client.
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => {
      this.closed = true;
      client.end();
    });
    client.resume();
    if (rest.length) client.emit('data', rest);
  }

  private wantedFromTarget(type: number): boolean {
    if (!this.authenticated) return type === Backend.Authentication;
    if (type === Backend.ReadyForQuery) return true;
    if (type === Backend.ParameterDescription) return this.describes.length > 0;
    if (type === Backend.ErrorResponse) return this.markers.size > 0;
    return false;
  }

  private fromTarget(type: number, message: Buffer): Buffer | undefined {
    switch (type) {
      case Backend.Authentication:
        return this.authentication(message);
      case Backend.ReadyForQuery:
        this.syncsAnswered++;
        // Its status byte: I, idle (what the statement did is committed or rolled back).
        if (this.relationsChanged && message[5] === IDLE) {
          this.relationsChanged = false;
          this.options.onRelationsChanged?.();
        }
        while (this.describes.length && this.describes[0]!.sync < this.syncsAnswered) this.describes.shift();
        if (this.markers.size) this.forgetSkippedMarkers();
        return message;
      case Backend.ParameterDescription: {
        const map = this.describes.shift()?.map;
        if (!map) return message;
        return writeParameterDescription(typesByPlaceholder(map, readParameterDescription(message)));
      }
      case Backend.ErrorResponse: {
        const text = readFields(message).get('M') ?? '';
        for (const [marker, { error }] of this.markers) {
          if (!text.includes(`"${marker}"`)) continue;
          this.markers.delete(marker);
          return error;
        }
        return message;
      }
      default:
        return message;
    }
  }

  /**
   * The target's authentication requests, relayed. Only SCRAM-SHA-256 goes through: the client
   * proves its password to the target itself, and the gateway never sees it. A target that
   * asks for no password or for a weaker scheme is refused, so the gateway never opens a
   * session nobody authenticated. SCRAM-SHA-256-PLUS is not offered: its channel binding would
   * bind to the gateway's connection, not the client's.
   */
  private authentication(message: Buffer): Buffer {
    const r = new MessageReader(message);
    const code = r.int32();
    if (code === AuthCode.Sasl) {
      const mechanisms: string[] = [];
      for (let m = r.cstring(); m !== ''; m = r.cstring()) mechanisms.push(m);
      if (!mechanisms.includes('SCRAM-SHA-256')) {
        return this.refuseAuthentication(`SASL with ${mechanisms.join(', ')}`);
      }
      this.sawSasl = true;
      const body = Buffer.concat([Buffer.from([0, 0, 0, AuthCode.Sasl]), Buffer.from('SCRAM-SHA-256\0\0')]);
      return buildMessage(Backend.Authentication, body);
    }
    if (code === AuthCode.SaslContinue || code === AuthCode.SaslFinal) return message;
    if (code === AuthCode.Ok) {
      if (!this.sawSasl) return this.refuseAuthentication('no password');
      this.authenticated = true;
      clearTimeout(this.startupTimer);
      return message;
    }
    return this.refuseAuthentication(code === AuthCode.Md5Password ? 'MD5' : `method ${code}`);
  }

  private sawSasl = false;

  private refuseAuthentication(method: string): Buffer {
    setImmediate(() => this.close());
    return writeError({
      severity: 'FATAL',
      code: SqlState.InvalidAuthorization,
      message: `the target asked for ${method} authentication; the gateway relays SCRAM-SHA-256 only`,
      hint: 'set password_encryption = scram-sha-256 and the scram-sha-256 method in the target pg_hba.conf for connections from the gateway',
    });
  }

  private fromClient(type: number, message: Buffer): Buffer | readonly Buffer[] | undefined {
    switch (type) {
      case Frontend.Query: {
        // Counted after: the statement belongs to the ReadyForQuery this Query itself asks for.
        const out = this.query(message);
        this.syncsSent++;
        return out;
      }
      case Frontend.Parse:
        return this.parse(message);
      case Frontend.Bind:
        return this.bind(message);
      case Frontend.Describe: {
        const target = readTarget(message);
        if (target.kind === 'S')
          this.describes.push({ sync: this.syncsSent, map: this.parameterMaps.get(target.name) });
        return message;
      }
      case Frontend.Close: {
        const target = readTarget(message);
        if (target.kind === 'S') this.parameterMaps.delete(target.name);
        return message;
      }
      case Frontend.Sync:
        this.syncsSent++;
        return message;
      default:
        return message;
    }
  }

  private query(message: Buffer): Buffer {
    const text = readQuery(message);
    const outcome = this.options.translator.prepare(text, this.dialect, false, this.formats);
    if (isUntranslatable(outcome)) return writeQuery(this.marker(text, outcome));
    this.follow(outcome);
    return outcome.sql === text ? message : writeQuery(outcome.sql);
  }

  private parse(message: Buffer): Buffer {
    const parse = readParse(message);
    const outcome = this.options.translator.prepare(parse.text, this.dialect, true, this.formats);
    if (isUntranslatable(outcome)) {
      this.parameterMaps.delete(parse.name);
      return writeParse({ name: parse.name, text: this.marker(parse.text, outcome), types: [] });
    }
    this.follow(outcome);
    if (outcome.parameters) this.parameterMaps.set(parse.name, outcome.parameters);
    else this.parameterMaps.delete(parse.name);
    if (outcome.sql === parse.text && !outcome.parameters) return message;
    const types = outcome.parameters ? reorder(outcome.parameters, parse.types) : parse.types;
    return writeParse({ name: parse.name, text: outcome.sql, types });
  }

  private bind(message: Buffer): Buffer {
    if (this.parameterMaps.size === 0) return message;
    const bind = readBind(message);
    const map = this.parameterMaps.get(bind.statement);
    if (!map) return message;
    return writeBind({
      ...bind,
      values: reorder(map, bind.values),
      parameterFormats:
        bind.parameterFormats.length > 1 ? reorder(map, bind.parameterFormats) : bind.parameterFormats,
    });
  }

  /**
   * What a statement changes in how the session's next statements translate: the dialect, and
   * the NLS formats of ALTER SESSION (followed as sent: a statement the target then fails, or
   * a transaction rolled back, does not undo them; Oracle's ALTER SESSION is not transactional
   * either).
   */
  private follow(outcome: Prepared): void {
    if (outcome.definesRelations) this.relationsChanged = true;
    if (outcome.switchesTo !== undefined) this.dialect = outcome.switchesTo ?? this.defaultDialect;
    if (outcome.sessionSettings) this.formats = followNlsFormats(this.formats, outcome.sessionSettings);
  }

  /** A statement text the target will fail to parse, and the error to answer in its place. */
  private marker(text: string, outcome: Untranslatable): string {
    this.options.onUntranslatable?.(text, outcome);
    const marker = `${MARKER}${++this.markerCount}`;
    this.markers.set(marker, {
      sync: this.syncsSent,
      error: writeError({
        severity: 'ERROR',
        code: SqlState.SyntaxError,
        message: outcome.message,
        ...(outcome.hint ? { hint: outcome.hint } : {}),
        ...(outcome.position ? { position: outcome.position } : {}),
      }),
    });
    return marker;
  }

  /**
   * A marker whose Sync has been answered without its error was never parsed: the target
   * skipped it after an earlier error in the same pipeline. Kept, it would stay for the rest
   * of the session (one per such statement) and keep every later ErrorResponse inspected.
   */
  private forgetSkippedMarkers(): void {
    for (const [marker, { sync }] of this.markers) if (sync < this.syncsAnswered) this.markers.delete(marker);
  }

  /**
   * The client took too long to start: it may never send its startup message (a port scan,
   * a stuck client) or stop halfway through authentication. PostgreSQL closes such a
   * connection after authentication_timeout; so does the gateway, with the target's side.
   */
  private startupTimedOut(): void {
    if (this.authenticated || this.closed) return;
    this.fatal(
      SqlState.ConnectionFailure,
      `the client did not start its session and authenticate within ${this.options.startupTimeoutMs / 1000} s`,
      'connect again and answer the authentication request in time',
    );
  }

  private fatal(code: string, message: string, hint?: string): void {
    const fields: ErrorFields = { severity: 'FATAL', code, message, ...(hint ? { hint } : {}) };
    const client = this.client;
    // A client that has already ended its side cannot be told (writing would fail): just close.
    // Otherwise the error, then the socket closed whether or not the client ever answers the FIN
    // (a stuck client would hold it), as PostgreSQL closes its side after a FATAL.
    if (client.writableEnded || client.destroyed) client.destroy();
    else client.end(writeError(fields), () => client.destroy());
    this.upstream?.destroy();
    this.closed = true;
  }

  private fail(error: unknown): void {
    if (this.closed) return;
    const e = error as Error;
    if (error instanceof MalformedMessageError)
      this.fatal(SqlState.ProtocolViolation, `invalid message: ${e.message}`);
    else
      this.fatal(
        SqlState.ConnectionFailure,
        `the gateway lost its connection to the target: ${e.message}`,
        'check that the target is up and reachable from the gateway',
      );
  }

  private close(): void {
    this.closed = true;
    this.upstream?.end();
    this.client.end();
  }
}

const IDLE = 'I'.charCodeAt(0);

const WANTED_FROM_CLIENT = new Set<number>([
  Frontend.Query,
  Frontend.Parse,
  Frontend.Bind,
  Frontend.Describe,
  Frontend.Close,
  Frontend.Sync,
]);
