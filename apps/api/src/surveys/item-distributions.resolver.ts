import type { WaveKind } from '@mintq/contract';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { ScopeInput } from '../scope/scope.types.js';
import { ItemDistributionsService } from './item-distributions.service.js';
import { ItemDistributionType } from './item-distributions.types.js';
import { WaveKindEnum } from './wave-kind.enum.js';

@Resolver(() => ItemDistributionType)
export class ItemDistributionsResolver {
  constructor(private readonly service: ItemDistributionsService) {}

  @Query(() => [ItemDistributionType], {
    description:
      'Answer counts per item of an instrument in one wave kind, over the respondents surveyOutcomes uses; suppressed for funder users.',
  })
  surveyItemDistributions(
    @CurrentViewer() viewer: Viewer,
    @Args('instrument', { type: () => String }) instrument: string,
    @Args('wave', { type: () => WaveKindEnum, nullable: true, defaultValue: WaveKindEnum.PRE })
    wave: WaveKind | null,
    @Args('scope', { type: () => ScopeInput, nullable: true }) scope: ScopeInput | null,
    @Args('language', {
      type: () => String,
      nullable: true,
      defaultValue: 'de',
      description: 'Language of the item texts: de or en.',
    })
    language: string | null,
  ): Promise<ItemDistributionType[]> {
    // An explicit null means the default, as an omitted argument does.
    return this.service.getItemDistributions(
      viewer,
      instrument,
      wave ?? WaveKindEnum.PRE,
      scope,
      language ?? 'de',
    );
  }
}
