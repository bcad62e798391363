import { Field, InputType } from '@nestjs/graphql';

@InputType({ description: 'A new board; it starts with the default statuses.' })
export class CreateBoardInput {
  @Field({ description: 'URL handle: lower-case words of a-z and 0-9 joined by "-", at most 60 characters.' })
  slug: string;
  @Field({ description: 'Display name, 1 to 80 characters.' }) name: string;
  @Field({ defaultValue: '', description: 'What the board is for (Markdown), at most 2,000 characters.' })
  description: string;
  @Field({ defaultValue: false, description: 'Private boards are visible only to staff and granted members.' })
  isPrivate: boolean;
  @Field({ defaultValue: false, description: "Hold a member's first idea here for a moderator's approval." })
  premoderateFirstIdea: boolean;
}

@InputType({ description: 'Changes to a board; omitted fields stay as they are.' })
export class UpdateBoardInput {
  @Field({ description: 'Current slug of the board to change.' }) slug: string;
  @Field(() => String, { nullable: true, description: 'New slug (same rules as on creation).' }) newSlug?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Display name, 1 to 80 characters.' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'Description (Markdown), at most 2,000 characters.' })
  description?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the board is private.' }) isPrivate?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "Whether a member's first idea waits for a moderator." })
  premoderateFirstIdea?: boolean | null;
}
