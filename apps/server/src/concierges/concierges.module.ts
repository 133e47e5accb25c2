import { Module } from '@nestjs/common';
import { IntentsModule } from '../intents/intents.module';
import { InvestorAuthGuard } from '../investors/investor-auth';
import { PoliciesModule } from '../policies/policies.module';
import { ConciergesAdminController } from './concierges-admin.controller';
import { ConciergesAdminService } from './concierges-admin.service';
import { ConciergesController } from './concierges.controller';
import { ConciergesService } from './concierges.service';

/** Concierges (店小二): the investors' directory and their management; handovers go through the lead desk. */
@Module({
  imports: [PoliciesModule, IntentsModule],
  controllers: [ConciergesController, ConciergesAdminController],
  providers: [ConciergesService, ConciergesAdminService, InvestorAuthGuard],
})
export class ConciergesModule {}
