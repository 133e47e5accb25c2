import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { redact } from './redact';

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

/** Nest's console logger with personal data masked in every line. */
export class SafeLogger extends ConsoleLogger {
  constructor(level: LogLevel = 'log') {
    super('Zhaoshang', { logLevels: LEVELS.slice(0, LEVELS.indexOf(level) + 1), timestamp: false });
  }

  protected override formatMessage(...args: Parameters<ConsoleLogger['formatMessage']>): string {
    return redact(super.formatMessage(...args));
  }
}
