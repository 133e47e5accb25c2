import { Global, Module, type OnModuleInit } from '@nestjs/common';
import { GuideEvents } from '../guide/guide-events';
import { GuideModule } from '../guide/guide.module';
import { ReplyClock } from '../intents/reply-clock';
import { PoliciesModule } from '../policies/policies.module';
import { InsightsController } from './insights.controller';
import { InsightsRecorder } from './insights-recorder';
import { InsightsService } from './insights.service';

/** The recorder, for every feature that counts searches and views (policies, guide). */
@Global()
@Module({ providers: [InsightsRecorder], exports: [InsightsRecorder] })
export class InsightsRecorderModule {}

@Module({
  imports: [InsightsRecorderModule, PoliciesModule, GuideModule],
  controllers: [InsightsController],
  providers: [InsightsService, ReplyClock],
})
export class InsightsModule implements OnModuleInit {
  constructor(
    private readonly guideEvents: GuideEvents,
    private readonly recorder: InsightsRecorder,
  ) {}

  onModuleInit(): void {
    // the guide reports page views and FAQ searches; the recorder counts them
    this.guideEvents.listen(this.recorder.guide);
  }
}
