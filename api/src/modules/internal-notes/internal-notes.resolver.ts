import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { isStaff } from '../../core/viewer.js';
import { renderMarkdown } from '../../core/markdown/render-markdown.js';
import type { GqlContext } from '../../graphql/context.js';
import { IdeaModel } from '../ideas/idea.model.js';
import { UserModel } from '../users/user.model.js';
import { AddInternalNoteInput, InternalNoteModel } from './internal-note.model.js';
import { InternalNotesService } from './internal-notes.service.js';
import { userLoaders } from '../users/users.loaders.js';
import { internalNoteLoaders } from './internal-notes.loaders.js';

/** Adds `Idea.internalNotes` (staff only). */
@Resolver(() => IdeaModel)
export class IdeaInternalNotesResolver {
  @ResolveField(() => [InternalNoteModel], {
    nullable: true,
    description: 'Staff-only notes, oldest first; null for everyone else.',
  })
  internalNotes(@Parent() idea: IdeaModel, @Context() ctx: GqlContext): Promise<InternalNoteModel[]> | null {
    return isStaff(ctx.viewer) ? ctx.loaders.get(internalNoteLoaders).byIdeaId.load(idea.id) : null;
  }
}

@Resolver(() => InternalNoteModel)
export class InternalNotesResolver {
  constructor(private readonly notes: InternalNotesService) {}

  @Mutation(() => InternalNoteModel, { description: 'Moderators and above: adds a staff-only note to an idea.' })
  addInternalNote(@Args('input') input: AddInternalNoteInput, @Context() ctx: GqlContext): Promise<InternalNoteModel> {
    return this.notes.add(ctx.viewer, input);
  }

  @ResolveField(() => String, { description: 'The body rendered to sanitised HTML.' })
  bodyHtml(@Parent() note: InternalNoteModel): string {
    return renderMarkdown(note.body);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'The staff member who wrote it.' })
  author(@Parent() note: InternalNoteModel, @Context() ctx: GqlContext): Promise<UserModel | null> {
    return ctx.loaders.get(userLoaders).byId.load(note.authorId);
  }
}
