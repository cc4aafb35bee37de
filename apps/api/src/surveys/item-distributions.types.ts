import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AnswerCount', { description: 'How many respondents gave one answer value to an item.' })
export class AnswerCountType {
  @Field(() => Int)
  value: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Null for funder users when 1 … k−1 people gave this answer (or to protect such a count).',
  })
  count: number | null;
}

@ObjectType('ItemDistribution', {
  description:
    'The answers to one item in one wave: one count per value of the scale (raw values, not reversed), for diverging stacked bars.',
})
export class ItemDistributionType {
  @Field(() => String, { description: 'Item code.' })
  item: string;

  @Field(() => String, { nullable: true })
  dimension: string | null;

  @Field(() => String, { nullable: true, description: 'Item wording in the requested language.' })
  text: string | null;

  @Field(() => Int)
  scaleMin: number;

  @Field(() => Int)
  scaleMax: number;

  @Field(() => Boolean, {
    description: 'Negatively worded: outcomes score it as scaleMin + scaleMax − value.',
  })
  reversed: boolean;

  @Field(() => Int, { nullable: true, description: 'Responses that answer the item.' })
  n: number | null;

  @Field(() => [AnswerCountType], { description: 'Every value from scaleMin to scaleMax, ascending.' })
  counts: AnswerCountType[];

  @Field(() => Boolean)
  suppressed: boolean;
}
