import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AppConfig } from '../config/app-config';
import { Metrics } from './metrics.service';
import { bearerMatches } from './observability-rules';

// GET /metrics for Prometheus, behind METRICS_TOKEN (absent: no such route, 404). A
// middleware rather than a controller: the global access guard reads every bearer token
// as a user's session and would refuse the metrics token before a controller ran.
@Injectable()
export class MetricsMiddleware implements NestMiddleware {
  constructor(
    private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    const token = this.config.METRICS_TOKEN;
    if (!token) {
      next();
      return;
    }
    if (!bearerMatches(req.headers.authorization, token)) {
      res
        .status(401)
        .setHeader('www-authenticate', 'Bearer realm="metrics"')
        .json({
          errors: [
            {
              message: 'The metrics need "Authorization: Bearer <METRICS_TOKEN>".',
              extensions: { code: 'UNAUTHENTICATED' },
            },
          ],
        });
      return;
    }
    try {
      const body = await this.metrics.render();
      res.status(200).setHeader('content-type', this.metrics.contentType).send(body);
    } catch (error) {
      next(error);
    }
  }
}
