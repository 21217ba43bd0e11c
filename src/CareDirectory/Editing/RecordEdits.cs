using System.Text.Json;
using System.Text.Json.Serialization;
using CareDirectory.Data;
using CareDirectory.Domain;
using CareDirectory.Rules;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Editing;

/// <summary>
/// Runs editor writes: validate the input (no database yet), check the scope on the record as found and as it
/// would be saved, stamp version, time and provenance, then save the record, its audit entry and (through
/// <see cref="DirectoryDbContext"/>) its change-log entry in one transaction, and report the commit to the
/// <see cref="ICommitObserver"/> before the editor hears back. Any refusal writes nothing.
/// </summary>
public sealed class RecordEdits(IDbContextFactory<DirectoryDbContext> contexts, TimeProvider clock, ICommitObserver? commits = null)
{
    private static readonly JsonSerializerOptions _snapshot = new()
    {
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    public Task<EditPayload> CreateAsync<T, TInput>(RecordEditing<T, TInput> rules, Editor editor, string action, TInput input, CancellationToken cancellationToken)
        where T : Entity
        where TInput : RecordInput =>
        RunAsync(editor, () => Validate(rules, create: true, input), async session =>
        {
            var record = await rules.CreateAsync(session, input);
            Check(rules, record);
            await rules.AuthorizeAsync(session, record, asFound: false);
            record.Id = Guid.CreateVersion7();
            record.CreatedAt = session.Now;
            record.LastModified = session.Now;
            record.Version = 1;
            record.Provenance = new Provenance { Source = editor.Source, LastVerified = DateOnly.FromDateTime(session.Now.UtcDateTime), VerifiedBy = editor.Label };
            session.Db.Add(record);
            Audit(session, action, record, before: null);
            return record;
        }, cancellationToken);

    public Task<EditPayload> UpdateAsync<T, TInput>(RecordEditing<T, TInput> rules, Editor editor, string action, TInput input, CancellationToken cancellationToken)
        where T : Entity
        where TInput : RecordInput =>
        RunAsync(editor, () => Validate(rules, create: false, input), async session =>
        {
            var record = await FindAsync(session, rules, input);
            var before = Snapshot(record);
            await rules.UpdateAsync(session, record, input);
            Check(rules, record);
            await rules.AuthorizeAsync(session, record, asFound: false);
            Stamp(session, record);
            Audit(session, action, record, before);
            return record;
        }, cancellationToken);

    /// <summary>
    /// Soft delete: the record leaves public queries (the global query filter) but stays in the audit trail and
    /// exports. What hangs from it (<see cref="RecordEditing{T, TInput}.DependentsAsync"/>) is archived in the same
    /// transaction at the same instant, each with its own audit and change-log entry.
    /// </summary>
    public Task<EditPayload> ArchiveAsync<T, TInput>(RecordEditing<T, TInput> rules, Editor editor, string action, TInput input, CancellationToken cancellationToken)
        where T : Entity
        where TInput : RecordInput =>
        RunAsync(editor, () => RequireId(input), async session =>
        {
            var record = await FindAsync(session, rules, input);
            foreach (var dependent in await rules.DependentsAsync(session, record, archivedAt: null))
            {
                SetArchived(session, dependent, session.Now, $"{action}:dependent");
            }

            SetArchived(session, record, session.Now, action);
            return record;
        }, cancellationToken);

    /// <summary>
    /// Undoes an archive: the record returns to public queries and search (a change-log UPDATED entry), with
    /// whatever was archived together with it. Refused while a partner it hangs from is still archived.
    /// </summary>
    public Task<EditPayload> RestoreAsync<T, TInput>(RecordEditing<T, TInput> rules, Editor editor, string action, TInput input, CancellationToken cancellationToken)
        where T : Entity
        where TInput : RecordInput =>
        RunAsync(editor, () => RequireId(input), async session =>
        {
            var record = await FindAsync(session, rules, input, includeArchived: true);
            if (record.ArchivedAt is not { } archivedAt)
            {
                throw new EditRefusedException(UserError.NotArchived($"This {rules.TypeName} is not archived; there is nothing to restore.", "id"));
            }

            if (await rules.RestoreBlockerAsync(session, record) is { } blocker)
            {
                throw new EditRefusedException(blocker);
            }

            foreach (var dependent in await rules.DependentsAsync(session, record, archivedAt))
            {
                SetArchived(session, dependent, null, $"{action}:dependent");
            }

            SetArchived(session, record, null, action);
            return record;
        }, cancellationToken);

    /// <summary>Records that the editor checked the facts today.</summary>
    public Task<EditPayload> MarkVerifiedAsync<T, TInput>(RecordEditing<T, TInput> rules, Editor editor, TInput input, CancellationToken cancellationToken)
        where T : Entity
        where TInput : RecordInput =>
        RunAsync(editor, () => RequireId(input), async session =>
        {
            var record = await FindAsync(session, rules, input);
            var before = Snapshot(record);
            Stamp(session, record);
            record.Provenance = record.Provenance with { LastVerified = DateOnly.FromDateTime(session.Now.UtcDateTime), VerifiedBy = editor.Label };
            Audit(session, "markVerified", record, before);
            return record;
        }, cancellationToken);

    private async Task<EditPayload> RunAsync(Editor editor, Func<IReadOnlyList<UserError>> validate, Func<EditSession, Task<Entity>> write, CancellationToken cancellationToken)
    {
        var invalid = validate();
        if (invalid.Count > 0)
        {
            return EditPayload.Refused(invalid);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await EditorScope.ResolveAsync(db, editor.Scope, cancellationToken);
        try
        {
            var record = await write(new EditSession(db, editor, scope, clock.GetUtcNow(), cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            if (commits is not null)
            {
                // Whatever carried the write: the writer's next read, subscribers and search sync must not wait for a poll.
                await commits.CommittedAsync(cancellationToken);
            }

            return new EditPayload(record, []);
        }
        catch (EditRefusedException refused)
        {
            return EditPayload.Refused(refused.Errors);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EditPayload.Refused([UserError.Conflict("The record changed while this write was in progress; read it again and retry.", "version")]);
        }
    }

    /// <summary>The record named by the input's id, if in scope and at the version the editor read.</summary>
    private static async Task<T> FindAsync<T, TInput>(EditSession session, RecordEditing<T, TInput> rules, TInput input, bool includeArchived = false)
        where T : Entity
        where TInput : RecordInput
    {
        if (!PublicId.TryDecode(input.Id, out var type, out var id) || type != rules.TypeName)
        {
            throw new EditRefusedException(UserError.Invalid($"id: '{input.Id}' is not a {rules.TypeName} id.", "id"));
        }

        var query = includeArchived ? rules.Query(session.Db).IgnoreQueryFilters() : rules.Query(session.Db);
        var record = await query.FirstOrDefaultAsync(e => e.Id == id, session.CancellationToken)
            ?? throw new EditRefusedException(UserError.NotFound($"No {rules.TypeName} has the id '{input.Id}' (it may have been archived).", "id"));
        await rules.AuthorizeAsync(session, record, asFound: true);
        if (input.Version is { } version && version != record.Version)
        {
            throw new EditRefusedException(UserError.Conflict($"version: this {rules.TypeName} is at version {record.Version}, not {version}; someone else changed it. Read it again and retry; nothing was overwritten.", "version"));
        }

        return record;
    }

    /// <summary>
    /// The record rules on the record as it would be saved, so an update is checked together with the fields it
    /// leaves alone (a new minimum age against the stored maximum).
    /// </summary>
    private static void Check<T, TInput>(RecordEditing<T, TInput> rules, T record)
        where T : Entity
        where TInput : RecordInput
    {
        if (rules.Check(record) is { Count: > 0 } violations)
        {
            throw new EditRefusedException([.. violations.Select(UserError.Of)]);
        }
    }

    private static void SetArchived(EditSession session, Entity record, DateTimeOffset? archivedAt, string action)
    {
        var before = Snapshot(record);
        record.ArchivedAt = archivedAt;
        Stamp(session, record);
        Audit(session, action, record, before);
    }

    private static void Stamp(EditSession session, Entity record)
    {
        // The version read stays the original value EF compares in the UPDATE, so a concurrent write is a conflict.
        record.Version++;
        record.LastModified = session.Now;
        record.Provenance = record.Provenance with { Source = session.Editor.Source };
    }

    private static void Audit(EditSession session, string action, Entity record, string? before) =>
        session.Db.AuditLog.Add(new AuditEntry
        {
            At = session.Now,
            KeyId = session.Editor.KeyId,
            Action = action,
            EntityType = EntityTypeNames.Of(record),
            EntityId = record.Id,
            EntityKey = record.Key,
            Before = before,
            After = Snapshot(record),
        });

    private static string Snapshot(Entity record) => JsonSerializer.Serialize(record, record.GetType(), _snapshot);

    private static IReadOnlyList<UserError> RequireId(RecordInput input) =>
        string.IsNullOrWhiteSpace(input.Id) ? [UserError.Invalid("id: required.", "id")] : [];

    /// <summary>
    /// The input's shape; when that is refused, also the record rules of the record the input alone describes
    /// (required fields are the shape's to report), so one answer names every problem.
    /// </summary>
    private static IReadOnlyList<UserError> Validate<T, TInput>(RecordEditing<T, TInput> rules, bool create, TInput input)
        where T : Entity
        where TInput : RecordInput
    {
        List<UserError> errors = [.. rules.Validator(create).Validate(input).Errors.Select(ToUserError)];
        if (errors.Count > 0)
        {
            // One problem is reported once: not again at the same field, nor at a sibling field the same input fills
            // (an editor's phone number is both phones[0].number and phones[0].e164).
            var reported = errors.SelectMany(e => new[] { Field(e), Sibling(e) }).ToHashSet(StringComparer.Ordinal);
            errors.AddRange(rules.Check(rules.Preview(input)).Where(v => v.Code != RuleCodes.Required).Select(UserError.Of)
                .Where(e => !reported.Contains(Field(e)) && !reported.Contains(Sibling(e))));
        }

        return errors;

        static string Field(UserError error) => string.Join('.', error.Path);
        static string Sibling(UserError error) => error.Code + ":" + string.Join('.', error.Path.SkipLast(1));
    }

    private static UserError ToUserError(ValidationFailure failure)
    {
        var path = InputPath.Of(failure.PropertyName);
        // Our rules all set an UPPER_CASE code; anything else (a built-in validator's class name) is not part of the API.
        return new UserError(UserErrorKind.Validation, failure.ErrorCode is { Length: > 0 } code && code.All(c => char.IsAsciiLetterUpper(c) || c == '_') ? code : "VALIDATION_FAILED",
            $"{InputPath.Text(failure.PropertyName)}: {failure.ErrorMessage}", ["input", .. path]);
    }
}
