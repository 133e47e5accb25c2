import { Inject, Injectable } from '@nestjs/common';
import { FINAL_STAGES, type IntentStage } from '@zhaoshang/contracts';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config.schema';
import { addWorkingHours } from './working-hours';

/** When staff must act next, in working hours from the configured calendar. */
@Injectable()
export class ReplyClock {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  dueFor(what: IntentStage | 'message', from: Date): Date | null {
    if (what !== 'message' && FINAL_STAGES.includes(what)) return null;
    const hours = this.config.REPLY_HOURS[what];
    if (!hours) return null;
    return addWorkingHours(from, hours, { days: this.config.WORK_DAYS, hours: this.config.WORK_HOURS, timeZone: this.config.WORK_TIMEZONE });
  }
}
