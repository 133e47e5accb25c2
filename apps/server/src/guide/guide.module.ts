import { Module } from '@nestjs/common';
import { GuideAdminController } from './guide-admin.controller';
import { GuideAdminService } from './guide-admin.service';
import { GuideCatalog } from './guide-catalog';
import { GuideEvents } from './guide-events';
import { GuideController } from './guide.controller';
import { GuideService } from './guide.service';

/** The investment guide (投资指南). GuideEvents is exported: insights listens to views and searches there. */
@Module({
  controllers: [GuideController, GuideAdminController],
  providers: [GuideCatalog, GuideEvents, GuideService, GuideAdminService],
  exports: [GuideCatalog, GuideEvents],
})
export class GuideModule {}
