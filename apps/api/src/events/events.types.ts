import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('EventFeedback', {
  description: 'Feedback on the event waves of an instrument (Transferwerkstatt).',
})
export class EventFeedbackType {
  @Field(() => String, { description: 'Instrument key.' })
  instrument: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Responses of in-scope participants (latest per wave) plus qualifying anonymous ones.',
  })
  responses: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Net Promoter Score, −100…100: % of 9–10 minus % of 0–6; null when no response answers it.',
  })
  nps: number | null;

  @Field(() => Boolean)
  suppressed: boolean;
}
