import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType({ description: "Moves an idea to another of its board's statuses." })
export class ChangeIdeaStatusInput {
  @Field(() => ID, { description: 'Idea to move.' }) ideaId: string;
  @Field({ description: 'Key of the new status, e.g. `planned`.' }) statusKey: string;
  @Field({ defaultValue: '', description: 'Why, as Markdown (at most 5,000 characters); shown in the history.' })
  note: string;
}

@InputType({ description: 'A new status on a board.' })
export class CreateStatusInput {
  @Field({ description: 'Board to add the status to.' }) boardSlug: string;
  @Field({ description: 'Stable machine key: a-z first, then a-z, 0-9 or _, at most 40 characters.' }) key: string;
  @Field({ description: 'Display name, 1 to 40 characters.' }) name: string;
  @Field({ description: 'Badge colour as #rrggbb.' }) color: string;
  @Field(() => Int, { nullable: true, description: 'Order among the statuses; defaults to after the last one.' })
  position?: number | null;
  @Field({ defaultValue: true, description: 'Whether ideas in this status take new votes.' }) acceptsVotes: boolean;
  @Field({ defaultValue: false, description: "Whether this status ends the idea's journey." }) isClosed: boolean;
  @Field({ defaultValue: false, description: 'Whether this status is a roadmap column.' }) showOnRoadmap: boolean;
}

@InputType({ description: 'Changes to a status; the key never changes. Omitted fields stay as they are.' })
export class UpdateStatusInput {
  @Field(() => ID, { description: 'Status to change.' }) id: string;
  @Field(() => String, { nullable: true, description: 'Display name, 1 to 40 characters.' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'Badge colour as #rrggbb.' }) color?: string | null;
  @Field(() => Int, { nullable: true, description: 'Order among the statuses.' }) position?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether ideas in this status take new votes.' })
  acceptsVotes?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "Whether this status ends the idea's journey." })
  isClosed?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether this status is a roadmap column.' })
  showOnRoadmap?: boolean | null;
}
