import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../common/auth/access.decorators';
import { ERROR_REASONS, type ErrorReason } from '../common/errors/error-reason';
import { ErrorReasonEnum } from '../common/errors/error-reason.type';
import { ProgramDefaults } from './program-defaults.type';
import { PROGRAM_DEFAULTS } from './program-settings';

@Resolver()
export class SettingsResolver {
  @Public()
  @Query(() => ProgramDefaults, {
    description: 'Defaults and limits (weights, overlap, expiry, capacity, tags)',
  })
  programDefaults(): ProgramDefaults {
    return {
      ...PROGRAM_DEFAULTS,
      weights: { ...PROGRAM_DEFAULTS.weights },
      cohort: { ...PROGRAM_DEFAULTS.cohort },
      profile: { ...PROGRAM_DEFAULTS.profile },
    };
  }

  @Public()
  @Query(() => [ErrorReasonEnum], {
    description: 'Every reason an error can give (extensions.reason)',
  })
  errorReasons(): ErrorReason[] {
    return [...ERROR_REASONS];
  }
}
