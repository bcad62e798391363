import type { Logger as NestLogger } from '@nestjs/common';
import { Logger } from 'graphile-worker';

/** graphile-worker's log lines through the application's logger (its debug lines dropped). */
export function jobLogger(logger: NestLogger): Logger {
  return new Logger(() => (level, message) => {
    const name = level as string;
    if (name === 'error') logger.error(message);
    else if (name === 'warning') logger.warn(message);
    else if (name === 'info') logger.log(message);
  });
}
