import { Global, Module } from '@nestjs/common';
import { WechatClient, WecomRobot } from '../wechat/wechat.client';
import { BackgroundWorker, OutboxService } from './outbox.service';

@Global()
@Module({ providers: [OutboxService, BackgroundWorker, WechatClient, WecomRobot], exports: [OutboxService, BackgroundWorker, WechatClient, WecomRobot] })
export class OutboxModule {}
