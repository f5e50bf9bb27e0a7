import { Logger } from '@nestjs/common';
import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions, type DatabaseTarget } from './data-source-options';

@Module({})
export class DatabaseModule {
  static forRoot(target: DatabaseTarget): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(target, new Logger('Database')),
          retryAttempts: 3,
          retryDelay: 1000,
        }),
      ],
    };
  }
}
