/**
 * The server's log: pino, one JSON object a line (level, time, msg, and the fields), readable in a
 * terminal: pretty-printed when stdout is a terminal, JSON otherwise (LOG_FORMAT forces either).
 * Every string in every call is escaped (escape-fields.ts) before pino sees it.
 */
import { createRequire } from 'node:module';
import pino, { type DestinationStream, type Logger } from 'pino';
import type PinoPretty from 'pino-pretty';
import { escapeFields } from './escape-fields.ts';

export type { Logger } from 'pino';
export type LogFormat = 'auto' | 'json' | 'pretty';

export interface LoggerOptions {
  format?: LogFormat;
  level?: string;
  /** Where lines go; defaults to stdout. Tests pass a stream and read it back. */
  destination?: DestinationStream;
  isTty?: boolean;
}

export function createLogger({ format = 'auto', level = 'info', destination, isTty = process.stdout.isTTY === true }: LoggerOptions = {}): Logger {
  const prettyOut = format === 'pretty' || (format === 'auto' && isTty);
  const options: pino.LoggerOptions = {
    level,
    base: undefined,
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((arg) => escapeFields(arg)) as Parameters<typeof method>);
      },
    },
  };
  // Loaded only when used: it is most of the logger's start-up cost, and servers log JSON.
  const pretty = prettyOut ? (createRequire(import.meta.url)('pino-pretty') as typeof PinoPretty) : undefined;
  const stream = pretty
    ? pretty({ destination: destination ?? 1, colorize: format === 'pretty' ? isTty : true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname', sync: true })
    : (destination ?? pino.destination({ dest: 1, sync: true }));
  return pino(options, stream);
}
