using CareDirectory.Domain;
using CareDirectory.Editing;
using GraphQL;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Editing;

/// <summary>Adds <c>createX</c>, <c>updateX</c>, <c>archiveX</c> and <c>restoreX</c> for one kind of record, all run by <see cref="RecordEdits"/>.</summary>
public static class RecordMutations
{
    public static void Add<T, TInput, TCreateInputType, TUpdateInputType, TPayloadType>(ObjectGraphType mutation, RecordEditing<T, TInput> rules, string what)
        where T : Entity
        where TInput : RecordInput
        where TCreateInputType : IGraphType
        where TUpdateInputType : IGraphType
        where TPayloadType : IGraphType
    {
        var name = rules.TypeName;
        mutation.Field<NonNullGraphType<TPayloadType>>($"create{name}")
            .Description($"Creates a {what}. Needs an API key whose scope covers it; invalid input or scope gives payload errors and writes nothing.")
            .Argument<NonNullGraphType<TCreateInputType>>("input", $"The new {what}.")
            .ResolveAsync(async c => await Edits(c).CreateAsync(rules, EditorAccess.RequireEditor(c), $"create{name}", c.GetArgument<TInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<TPayloadType>>($"update{name}")
            .Description($"Changes a {what}: fields left out (or null) keep their value. Send the `version` you read; a stale one gives CONFLICT and overwrites nothing.")
            .Argument<NonNullGraphType<TUpdateInputType>>("input", $"The {what}'s id and version, and the fields to change.")
            .ResolveAsync(async c => await Edits(c).UpdateAsync(rules, EditorAccess.RequireEditor(c), $"update{name}", c.GetArgument<TInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<TPayloadType>>($"archive{name}")
            .Description($"Archives (soft-deletes) a {what}: it leaves public queries and search, and stays in the audit trail and exports.")
            .Argument<NonNullGraphType<ArchiveInputType>>("input", $"The {what} to archive.")
            .ResolveAsync(async c => await Edits(c).ArchiveAsync(rules, EditorAccess.RequireEditor(c), $"archive{name}", c.GetArgument<TInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<TPayloadType>>($"restore{name}")
            .Description($"Restores an archived {what} to public queries and search, with what was archived together with it (a partner's programs, meetings and educator resources). Refused with PARTNER_ARCHIVED while its partner is archived, NOT_ARCHIVED when it is not archived.")
            .Argument<NonNullGraphType<ArchiveInputType>>("input", $"The {what} to restore.")
            .ResolveAsync(async c => await Edits(c).RestoreAsync(rules, EditorAccess.RequireEditor(c), $"restore{name}", c.GetArgument<TInput>("input"), c.CancellationToken));
    }

    public static RecordEdits Edits(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<RecordEdits>();
}
