import { Global, Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { StaffAuthGuard } from './staff-auth.guard';

@Global()
@Module({ controllers: [AuthController], providers: [AuthService, StaffAuthGuard], exports: [AuthService, StaffAuthGuard] })
export class AuthModule {}
