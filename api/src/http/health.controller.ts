import { Controller, Get, HttpCode, HttpStatus, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Plain HTTP probes for load balancers and orchestrators. */
@Controller()
export class HealthController {
  constructor(private readonly db: DataSource) {}

  /** Liveness: the process is up and serving HTTP. */
  @Get('health')
  @HttpCode(HttpStatus.OK)
  health() {
    return { status: 'ok' };
  }

  /** Readiness: the database answers, so requests can be served. */
  @Get('ready')
  async ready() {
    try {
      await this.db.query('SELECT 1');
      return { status: 'ready', database: 'up' };
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable', database: 'down' });
    }
  }
}
