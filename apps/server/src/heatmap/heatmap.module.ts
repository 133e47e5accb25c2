import { Module } from '@nestjs/common';
import { PoliciesModule } from '../policies/policies.module';
import { HeatmapAdminController } from './heatmap-admin.controller';
import { HeatmapAdminService } from './heatmap-admin.service';
import { HeatmapCatalog } from './heatmap-catalog';
import { HeatmapController } from './heatmap.controller';
import { HeatmapService } from './heatmap.service';

@Module({
  imports: [PoliciesModule],
  controllers: [HeatmapController, HeatmapAdminController],
  providers: [HeatmapCatalog, HeatmapService, HeatmapAdminService],
  exports: [HeatmapCatalog],
})
export class HeatmapModule {}
