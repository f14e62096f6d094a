/**
 * The PostgreSQL protocol 3.0 codes the gateway reads or writes. Everything else passes
 * through as bytes. https://www.postgresql.org/docs/current/protocol-message-formats.html
 */
export const Frontend = {
  Query: 0x51, // Q
  Parse: 0x50, // P
  Bind: 0x42, // B
  Describe: 0x44, // D
  Close: 0x43, // C
  Sync: 0x53, // S
  Terminate: 0x58, // X
  /** SASLInitialResponse, SASLResponse and PasswordMessage share it. */
  Password: 0x70, // p
} as const;

export const Backend = {
  Authentication: 0x52, // R
  ErrorResponse: 0x45, // E
  ParameterDescription: 0x74, // t
  ReadyForQuery: 0x5a, // Z
  BackendKeyData: 0x4b, // K
} as const;

/** The first message's code, in place of a type byte. */
export const StartupCode = {
  Protocol3: 196608,
  SslRequest: 80877103,
  GssEncRequest: 80877104,
  CancelRequest: 80877102,
} as const;

export const AuthCode = {
  Ok: 0,
  CleartextPassword: 3,
  Md5Password: 5,
  Sasl: 10,
  SaslContinue: 11,
  SaslFinal: 12,
} as const;

export const SqlState = {
  SyntaxError: '42601',
  ProtocolViolation: '08P01',
  InvalidAuthorization: '28000',
  ConnectionFailure: '08006',
  CannotConnect: '08001',
} as const;

/** No message the gateway reads is this long; a longer length means the stream is not PostgreSQL's. */
export const MAX_MESSAGE_BYTES = 1 << 30;
