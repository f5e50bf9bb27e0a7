import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
const toBool = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes'].includes(value.toLowerCase()) : value;

// Every environment variable the server reads, validated once at boot.
export class AppConfig {
  @IsIn(NODE_ENVS, { message: 'NODE_ENV must be one of development, production, test' })
  NODE_ENV: NodeEnv = 'development';

  @Transform(toInt)
  @IsInt({ message: 'PORT must be a whole number' })
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message: 'DATABASE_URL must be a postgres:// or postgresql:// connection URL',
  })
  DATABASE_URL?: string;

  @IsString()
  DATA_DIR = './data';

  // Unset: <DATA_DIR>/pglite. "memory://" keeps the embedded database in memory (tests).
  @IsOptional()
  @IsString()
  PGLITE_DIR?: string;

  @Transform(toBool)
  @IsBoolean({ message: 'PUENTE_ALLOW_EMBEDDED_DB must be true or false' })
  PUENTE_ALLOW_EMBEDDED_DB = false;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters long' })
  JWT_SECRET?: string;

  @Transform(toInt)
  @IsInt({ message: 'TOKEN_TTL_SECONDS must be a whole number of seconds' })
  @Min(60)
  @Max(60 * 60 * 24 * 30)
  TOKEN_TTL_SECONDS = 60 * 60 * 12;

  @Transform(toInt)
  @IsInt({ message: 'LOGIN_MAX_ATTEMPTS_PER_EMAIL must be a whole number' })
  @Min(1)
  LOGIN_MAX_ATTEMPTS_PER_EMAIL = 5;

  @Transform(toInt)
  @IsInt({ message: 'LOGIN_MAX_ATTEMPTS_PER_IP must be a whole number' })
  @Min(1)
  LOGIN_MAX_ATTEMPTS_PER_IP = 50;

  @Transform(toInt)
  @IsInt({ message: 'LOGIN_RATE_WINDOW_SECONDS must be a whole number' })
  @Min(1)
  LOGIN_RATE_WINDOW_SECONDS = 15 * 60;

  // Sign-up attempts (accepted or not) per address and per client address in a window.
  // Generous: a whole workshop may sign up from one university network.
  @Transform(toInt)
  @IsInt({ message: 'SIGNUP_MAX_ATTEMPTS_PER_EMAIL must be a whole number' })
  @Min(1)
  SIGNUP_MAX_ATTEMPTS_PER_EMAIL = 10;

  @Transform(toInt)
  @IsInt({ message: 'SIGNUP_MAX_ATTEMPTS_PER_IP must be a whole number' })
  @Min(1)
  SIGNUP_MAX_ATTEMPTS_PER_IP = 100;

  @Transform(toInt)
  @IsInt({ message: 'SIGNUP_RATE_WINDOW_SECONDS must be a whole number' })
  @Min(1)
  SIGNUP_RATE_WINDOW_SECONDS = 60 * 60;

  // Security mail on request (a password reset link, the verification link again), per
  // address and per client address: enough for a person who mistypes, not for a flood.
  @Transform(toInt)
  @IsInt({ message: 'ACCOUNT_MAIL_MAX_PER_EMAIL must be a whole number' })
  @Min(1)
  ACCOUNT_MAIL_MAX_PER_EMAIL = 5;

  @Transform(toInt)
  @IsInt({ message: 'ACCOUNT_MAIL_MAX_PER_IP must be a whole number' })
  @Min(1)
  ACCOUNT_MAIL_MAX_PER_IP = 30;

  @Transform(toInt)
  @IsInt({ message: 'ACCOUNT_MAIL_WINDOW_SECONDS must be a whole number' })
  @Min(1)
  ACCOUNT_MAIL_WINDOW_SECONDS = 60 * 60;

  // false: this process runs no background jobs (expiry, check-ins, mail). Scripts that
  // drive the services (the seed) and instances meant only for requests set it.
  @Transform(toBool)
  @IsBoolean({ message: 'JOBS_ENABLED must be true or false' })
  JOBS_ENABLED = true;

  // Prefixes the keys of the throttles' counts. Instances that share limits share it (the
  // default, none); a server that must count on its own apart from others on the same
  // database (a test with limits of its own) sets one.
  @IsOptional()
  @Matches(/^[\w-]{1,40}$/, {
    message: 'RATE_LIMIT_NAMESPACE must be 1 to 40 letters, digits, - or _',
  })
  RATE_LIMIT_NAMESPACE?: string;

  // On SIGTERM, how long requests in flight may take to finish before their connections are
  // closed (readiness is down from the first moment; the jobs stop after their current item).
  @Transform(toInt)
  @IsInt({ message: 'SHUTDOWN_GRACE_MS must be a whole number of milliseconds' })
  @Min(0)
  @Max(10 * 60_000)
  SHUTDOWN_GRACE_MS = 10_000;

  // Which proxies may say who the client is (X-Forwarded-For), in Express's terms: "loopback",
  // addresses or subnets separated by commas, or a number of hops. Unset: nobody, so the
  // login throttle counts the address that connected.
  @IsOptional()
  @IsString()
  @Matches(/^[\w.:/ ,-]+$/, {
    message:
      'TRUST_PROXY must be "loopback", addresses or subnets separated by commas, or a number of hops',
  })
  TRUST_PROXY?: string;

  // Unset: info, or warn on test servers and in scripts.
  @IsOptional()
  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL?: LogLevel;

  // Bearer token for GET /metrics (Prometheus). Unset: the route does not exist.
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters long' })
  METRICS_TOKEN?: string;

  // The SMTP server that sends email: smtp://user:pass@host:587 (STARTTLS when offered) or
  // smtps://user:pass@host:465. Unset outside production: messages are written as .eml
  // files under MAIL_DIR instead. Required in production.
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  // The sender of every email, as a From header.
  @IsString()
  @MinLength(3)
  MAIL_FROM = 'Puente <no-reply@localhost>';

  // The base of every link in an email (the address people open). Unset: http://localhost:PORT.
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, {
    message: 'PUBLIC_URL must be an http:// or https:// URL without query or fragment',
  })
  PUBLIC_URL?: string;

  // Where messages are written without SMTP_URL (the development mailbox). Unset: <DATA_DIR>/mail.
  @IsOptional()
  @IsString()
  MAIL_DIR?: string;

  get publicUrl(): string {
    return (this.PUBLIC_URL ?? `http://localhost:${this.PORT}`).replace(/\/+$/, '');
  }

  get mailDir(): string {
    return this.MAIL_DIR ?? join(this.DATA_DIR, 'mail');
  }

  // The value for Express's "trust proxy" setting.
  get trustProxy(): boolean | number | string {
    if (!this.TRUST_PROXY) {
      return false;
    }
    return /^\d+$/.test(this.TRUST_PROXY) ? Number(this.TRUST_PROXY) : this.TRUST_PROXY;
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get embedded(): boolean {
    return !this.DATABASE_URL;
  }

  get pgliteDir(): string {
    return this.PGLITE_DIR ?? join(this.DATA_DIR, 'pglite');
  }

  get inMemory(): boolean {
    return this.pgliteDir.startsWith('memory://');
  }

  // Filled in by loadConfig: never undefined after boot.
  jwtSecret!: string;
}

export class ConfigError extends Error {}

// What only the server needs (command-line tools send no email): checked at its start-up.
export function checkServerConfig(config: AppConfig): void {
  if (config.isProduction && !config.SMTP_URL) {
    throw new ConfigError(
      'Invalid configuration:\n  SMTP_URL: required when NODE_ENV=production (smtp:// or smtps://)',
    );
  }
}

const KNOWN_KEYS = Object.keys(new AppConfig()).concat([
  'DATABASE_URL',
  'PGLITE_DIR',
  'JWT_SECRET',
  'TRUST_PROXY',
  'LOG_LEVEL',
  'METRICS_TOKEN',
  'RATE_LIMIT_NAMESPACE',
  'SMTP_URL',
  'PUBLIC_URL',
  'MAIL_DIR',
]);

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, string> = {};
  for (const key of KNOWN_KEYS) {
    const value = env[key];
    if (value !== undefined && value !== '') {
      raw[key] = value;
    }
  }
  const config = plainToInstance(AppConfig, raw);
  const errors = validateSync(config, { whitelist: true });
  if (errors.length > 0) {
    const lines = errors.flatMap((e) =>
      Object.values(e.constraints ?? {}).map((m) => `  ${e.property}: ${m}`),
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if (config.isProduction && config.embedded && !config.PUENTE_ALLOW_EMBEDDED_DB) {
    throw new ConfigError(
      'Invalid configuration:\n  DATABASE_URL: required when NODE_ENV=production ' +
        '(set PUENTE_ALLOW_EMBEDDED_DB=true to run on the embedded database on purpose)',
    );
  }
  if (config.isProduction && !config.JWT_SECRET) {
    throw new ConfigError(
      'Invalid configuration:\n  JWT_SECRET: required when NODE_ENV=production (32+ characters)',
    );
  }
  config.jwtSecret = config.JWT_SECRET ?? developmentSecret(config);
  return config;
}

// Outside production a secret is generated once and kept beside the data, so tokens
// survive restarts; an in-memory database gets an ephemeral one.
function developmentSecret(config: AppConfig): string {
  if (config.inMemory) {
    return randomBytes(32).toString('hex');
  }
  const file = resolve(config.DATA_DIR, 'jwt-secret');
  if (existsSync(file)) {
    return readFileSync(file, 'utf8').trim();
  }
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('hex');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}
