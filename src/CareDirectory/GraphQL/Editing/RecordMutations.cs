using CareDirectory.Domain;
using CareDirectory.Editing;
using GraphQL;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Editing;

/// <summary>Adds <c>createX</c>, <c>updateX</c>, <c>archiveX</c> and <c>restoreX</c> for one kind of record, all run by <see cref="RecordEdits"/>.</summary>
public static class RecordMutations
{
    public static void Add<T, TInput, TCreateInputType, TUpdateInputType, TRecordType>(ObjectGraphType mutation, RecordEditing<T, TInput> rules, string what)
        where T : Entity
        where TInput : RecordInput
        where TCreateInputType : IInputObjectGraphType, new()
        where TUpdateInputType : IInputObjectGraphType, new()
        where TRecordType : IGraphType
    {
        var name = rules.TypeName;
        var result = new MutationResult(char.ToLowerInvariant(name[0]) + name[1..], typeof(TRecordType), what);
        var a = "aeiou".Contains(what[0], StringComparison.Ordinal) ? "an" : "a";

        MutationConvention.Add(mutation, $"create{name}", new TCreateInputType(), result,
                async c => await Edits(c).CreateAsync(rules, EditorAccess.RequireEditor(c), $"create{name}", c.GetArgument<TInput>("input"), c.CancellationToken))
            .Description($"Creates {a} {what}. Needs an API key whose scope covers it; invalid input or scope gives payload errors and writes nothing.");

        MutationConvention.Add(mutation, $"update{name}", new TUpdateInputType(), result,
                async c => await Edits(c).UpdateAsync(rules, EditorAccess.RequireEditor(c), $"update{name}", c.GetArgument<TInput>("input"), c.CancellationToken))
            .Description($"Changes {a} {what}: fields left out (or null) keep their value. Send the `version` you read; a stale one gives CONFLICT and overwrites nothing.");

        MutationConvention.Add(mutation, $"archive{name}", new RecordReferenceInputType($"The {what} to archive, and optionally the version you read."), result,
                async c => await Edits(c).ArchiveAsync(rules, EditorAccess.RequireEditor(c), $"archive{name}", c.GetArgument<TInput>("input"), c.CancellationToken))
            .Description($"Archives (soft-deletes) {a} {what}: it leaves public queries and search, and stays in the audit trail and exports.");

        MutationConvention.Add(mutation, $"restore{name}", new RecordReferenceInputType($"The archived {what} to restore, and optionally the version you read."), result,
                async c => await Edits(c).RestoreAsync(rules, EditorAccess.RequireEditor(c), $"restore{name}", c.GetArgument<TInput>("input"), c.CancellationToken))
            .Description($"Restores an archived {what} to public queries and search, with what was archived together with it (a partner's programs, meetings and educator resources). Refused with PARTNER_ARCHIVED while its partner is archived, NOT_ARCHIVED when it is not archived.");
    }

    public static RecordEdits Edits(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<RecordEdits>();
}
