import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../graphql/connection.js';

@ObjectType('ChangelogEntry', {
  description:
    'Release notes: what shipped, when, and which ideas it delivers. Site-wide; drafts are seen by product managers only.',
})
export class ChangelogEntryModel {
  @Field(() => ID, { description: 'Stable identifier.' }) id: string;
  @Field({ description: 'Headline, 1 to 200 characters.' }) title: string;
  @Field({ description: 'The notes as Markdown source (bodyHtml is the rendered, sanitised form).' }) body: string;
  @Field({ description: 'Release date as YYYY-MM-DD; the changelog is ordered by it, newest first.' })
  releasedOn: string;
  @Field(() => Date, { nullable: true, description: 'When it was published; null while a draft.' })
  publishedAt: Date | null;
  @Field({ description: 'When it was written.' }) createdAt: Date;
  @Field({ description: 'When it last changed.' }) updatedAt: Date;

  createdById: string;
}

export const ChangelogEntryConnection = Connection(ChangelogEntryModel, 'ChangelogEntry');

@ArgsType()
export class ChangelogArgs {
  @Field({
    defaultValue: false,
    description: 'Drafts instead of published entries (product managers and above; FORBIDDEN for others).',
  })
  drafts: boolean;
  @Field(() => Int, { defaultValue: 20, description: 'Page size, at most 100.' }) first: number;
  @Field(() => String, { nullable: true, description: 'Cursor from the previous page.' }) after?: string | null;
}

@InputType({ description: 'New release notes, saved as a draft.' })
export class CreateChangelogEntryInput {
  @Field({ description: 'Headline, 1 to 200 characters after trimming.' }) title: string;
  @Field({ defaultValue: '', description: 'Markdown, at most 20,000 characters.' }) body: string;
  @Field(() => String, { nullable: true, description: 'Release date YYYY-MM-DD; today when omitted.' })
  releasedOn?: string | null;
  @Field(() => [ID], { defaultValue: [], description: 'Ideas it delivers, in order (at most 50, none merged).' })
  ideaIds: string[];
}

@InputType({ description: 'Changes to release notes; omitted fields stay as they are.' })
export class UpdateChangelogEntryInput {
  @Field(() => ID, { description: 'Entry to change.' }) id: string;
  @Field(() => String, { nullable: true, description: 'New headline.' }) title?: string | null;
  @Field(() => String, { nullable: true, description: 'New Markdown body.' }) body?: string | null;
  @Field(() => String, { nullable: true, description: 'New release date YYYY-MM-DD.' }) releasedOn?: string | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'New linked ideas, replacing the old ones. Backers are told at publication only.',
  })
  ideaIds?: string[] | null;
}

@InputType({ description: 'Publishing release notes.' })
export class PublishChangelogEntryInput {
  @Field(() => ID, { description: 'The draft to publish.' }) id: string;
  @Field({
    defaultValue: false,
    description:
      'Also move every linked idea to its board’s Done status (a status change with a note, as changeIdeaStatus).',
  })
  markIdeasDone: boolean;
}
