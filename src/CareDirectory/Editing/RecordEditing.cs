using CareDirectory.Data;
using CareDirectory.Domain;
using CareDirectory.Rules;
using FluentValidation;

namespace CareDirectory.Editing;

/// <summary>How one kind of record is created, changed and scope-checked; <see cref="RecordEdits"/> does the rest.</summary>
/// <param name="typeName">GraphQL type name, as in public ids.</param>
/// <param name="validator">The input-shape validator for creating (true) or updating (false).</param>
public abstract class RecordEditing<T, TInput>(string typeName, Func<bool, IValidator<TInput>> validator)
    where T : Entity
    where TInput : RecordInput
{
    private readonly IValidator<TInput> _create = validator(true);
    private readonly IValidator<TInput> _update = validator(false);

    /// <summary>GraphQL type name, as in public ids.</summary>
    public string TypeName => typeName;

    /// <summary>Checks the input's shape alone, before any database work; creating needs more fields than updating.</summary>
    public IValidator<TInput> Validator(bool create) => create ? _create : _update;

    /// <summary>The record rules (<see cref="RecordRules"/>), run on the record as it would be saved.</summary>
    public IReadOnlyList<RuleViolation> Check(T record) => RecordRules.Check(record);

    /// <summary>
    /// The record the input alone describes, without the database (no references resolved): when the input's shape
    /// is refused, its record rules are reported with it, so an editor sees every problem at once.
    /// </summary>
    public virtual T Preview(TInput input)
    {
        var record = New(string.Empty, string.Empty, EditSession.PreviewProvenance);
        CopyFields(record, input);
        return record;
    }

    public virtual IQueryable<T> Query(DirectoryDbContext db) => db.Set<T>();

    /// <summary>
    /// The records archived and restored together with this one (a partner's programs, and the meetings and
    /// educator resources it answers for): with <paramref name="archivedAt"/> null the active ones, otherwise
    /// those archived at that same instant, which is what archiving them together left.
    /// </summary>
    public virtual Task<IReadOnlyList<Entity>> DependentsAsync(EditSession session, T record, DateTimeOffset? archivedAt) =>
        Task.FromResult<IReadOnlyList<Entity>>([]);

    /// <summary>Why this record cannot be restored while something it hangs from is archived, or null when it can.</summary>
    public virtual Task<UserError?> RestoreBlockerAsync(EditSession session, T record) => Task.FromResult<UserError?>(null);

    public abstract Task<T> CreateAsync(EditSession session, TInput input);

    /// <summary>Copies the fields the input gives (null means unchanged) onto the record.</summary>
    public abstract Task UpdateAsync(EditSession session, T record, TInput input);

    /// <summary>
    /// Refuses (FORBIDDEN) a record outside the key's scope. Called on the record as found (<paramref name="asFound"/>,
    /// path <c>input.id</c>) and as it would be saved, with the path of the field that took it out of scope.
    /// </summary>
    public abstract Task AuthorizeAsync(EditSession session, T record, bool asFound);

    /// <summary>A new record of this kind with its key, name (or title) and provenance.</summary>
    protected abstract T New(string key, string name, Provenance provenance);

    /// <summary>The fields an input sets directly, with no database look-up (null leaves a field as it is).</summary>
    protected abstract void CopyFields(T record, TInput input);
}
