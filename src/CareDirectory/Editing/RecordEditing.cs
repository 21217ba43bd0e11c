using CareDirectory.Data;
using CareDirectory.Domain;
using CareDirectory.Rules;
using FluentValidation;

namespace CareDirectory.Editing;

/// <summary>How one kind of record is created, changed and scope-checked; <see cref="RecordEdits"/> does the rest.</summary>
public abstract class RecordEditing<T, TInput>
    where T : Entity
    where TInput : RecordInput
{
    /// <summary>GraphQL type name, as in global ids.</summary>
    public abstract string TypeName { get; }

    /// <summary>Checks the input's shape alone, before any database work; creating needs more fields than updating.</summary>
    public abstract IValidator<TInput> Validator(bool create);

    /// <summary>The record rules of this kind (<see cref="RecordRules"/>), run on the record as it would be saved.</summary>
    public abstract IReadOnlyList<RuleViolation> Check(T record);

    /// <summary>
    /// The record the input alone describes, without the database (no references resolved): when the input's shape
    /// is refused, its record rules are reported with it, so an editor sees every problem at once.
    /// </summary>
    public abstract T Preview(TInput input);

    public virtual IQueryable<T> Query(DirectoryDbContext db) => db.Set<T>();

    public abstract Task<T> CreateAsync(EditSession session, TInput input);

    /// <summary>Copies the fields the input gives (null means unchanged) onto the record.</summary>
    public abstract Task UpdateAsync(EditSession session, T record, TInput input);

    /// <summary>
    /// Refuses (FORBIDDEN) a record outside the key's scope. Called on the record as found (<paramref name="asFound"/>,
    /// path <c>input.id</c>) and as it would be saved, with the path of the field that took it out of scope.
    /// </summary>
    public abstract Task AuthorizeAsync(EditSession session, T record, bool asFound);
}
