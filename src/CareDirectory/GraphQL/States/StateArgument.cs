using CareDirectory.Data;
using CareDirectory.Domain;
using GraphQL;
using GraphQL.Types;

namespace CareDirectory.GraphQL.States;

/// <summary>The <c>state</c> argument of top-level lists: a USPS code, case and spaces ignored.</summary>
public static class StateArgument
{
    public static QueryArgument Definition(string records) =>
        new QueryArgument<StringGraphType> { Name = "state", Description = $"Only {records} of this state (USPS code)." };

    /// <summary>The normalised code, or null when the argument is absent.</summary>
    public static string? Read(IResolveFieldContext context) => context.GetArgument<string?>("state")?.Trim().ToUpperInvariant();

    /// <summary>Keeps the records of state <paramref name="code"/>; all of them when it is null.</summary>
    public static IQueryable<T> InState<T>(this IQueryable<T> records, DirectoryDbContext db, string? code)
        where T : IStateRecord =>
        code is null ? records : records.Where(r => db.States.Any(s => s.Id == r.StateId && s.Code == code));
}
