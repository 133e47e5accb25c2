import { Module } from '@nestjs/common';
import { PoliciesController } from './policies.controller';
import { PoliciesService } from './policies.service';
import { PolicyAdminController } from './policy-admin.controller';
import { PolicyAdminService } from './policy-admin.service';
import { PolicyCatalog } from './policy-catalog';

@Module({ controllers: [PoliciesController, PolicyAdminController], providers: [PolicyCatalog, PoliciesService, PolicyAdminService], exports: [PolicyCatalog] })
export class PoliciesModule {}
