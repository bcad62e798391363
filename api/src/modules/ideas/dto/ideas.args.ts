import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IdeaSort } from '../idea.model.js';

@ArgsType()
export class IdeasArgs {
  @Field({ description: 'Board to list.' }) boardSlug: string;
  @Field(() => IdeaSort, { defaultValue: IdeaSort.TRENDING, description: 'List order.' }) sort: IdeaSort;
  @Field(() => String, { nullable: true, description: 'Only ideas in the status with this key.' }) status?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Only ideas with this tag.' }) tag?: string | null;
  @Field(() => String, { nullable: true, description: 'Full-text search over title and body.' }) search?: string | null;
  @Field(() => Int, { defaultValue: 20, description: 'Page size, at most 100.' }) first: number;
  @Field(() => String, { nullable: true, description: 'Cursor from the previous page.' }) after?: string | null;
}
