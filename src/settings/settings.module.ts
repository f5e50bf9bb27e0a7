import { Module } from '@nestjs/common';
import { SettingsResolver } from './settings.resolver';

@Module({ providers: [SettingsResolver] })
export class SettingsModule {}
