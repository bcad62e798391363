import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'A new idea on a board.' })
export class SubmitIdeaInput {
  @Field({ description: 'Board to post on.' }) boardSlug: string;
  @Field({ description: 'Short summary, 4 to 120 characters after trimming.' }) title: string;
  @Field({ defaultValue: '', description: 'Details as Markdown, at most 10,000 characters.' }) body: string;
  @Field(() => [String], {
    defaultValue: [],
    description: 'Up to five tags of 1 to 30 characters from a-z, 0-9 and "-"; lower-cased, duplicates dropped.',
  })
  tags: string[];
}

@InputType({ description: 'Changes to an idea; omitted fields stay as they are.' })
export class UpdateIdeaInput {
  @Field(() => ID, { description: 'Idea to change.' }) id: string;
  @Field(() => String, { nullable: true, description: 'New title, 4 to 120 characters after trimming.' })
  title?: string | null;
  @Field(() => String, { nullable: true, description: 'New Markdown body, at most 10,000 characters.' })
  body?: string | null;
  @Field(() => [String], { nullable: true, description: 'New tags; replaces the old ones (same rules as on submit).' })
  tags?: string[] | null;
}
