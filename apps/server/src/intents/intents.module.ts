import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { InvestorAuthGuard } from '../investors/investor-auth';
import { LeadsController } from '../leads/leads.controller';
import { LeadsService } from '../leads/leads.service';
import { PoliciesModule } from '../policies/policies.module';
import { AssignmentService } from './assignment';
import { IntentsController } from './intents.controller';
import { IntentsService } from './intents.service';
import { LeadNotifier } from './lead-notifier';
import { ReplyClock } from './reply-clock';

/** The intent platform (investor side) and the lead desk (console side) share one model. */
@Module({
  imports: [AuthModule, PoliciesModule],
  controllers: [IntentsController, LeadsController],
  providers: [IntentsService, LeadsService, AssignmentService, LeadNotifier, ReplyClock, InvestorAuthGuard],
  exports: [IntentsService, LeadsService, AssignmentService],
})
export class IntentsModule {}
