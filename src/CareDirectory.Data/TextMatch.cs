using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Data;

/// <summary>
/// Case-insensitive substring matching that means the same on both providers: SQLite's LIKE ignores case
/// (ASCII letters) while PostgreSQL's LIKE does not, so PostgreSQL gets ILIKE. Wildcards in the user's term are
/// escaped, so "50%" matches the text "50%" only. Accented letters fold case on PostgreSQL only (SQLite's LIKE
/// folds ASCII): callers that need accent- or typo-tolerance use the search index, not the database.
/// </summary>
public static class TextMatch
{
    private const string Escape = "\\";

    /// <summary>A predicate for <c>Where</c>: <paramref name="text"/> contains <paramref name="term"/>, ignoring case.</summary>
    public static Expression<Func<T, bool>> Contains<T>(DirectoryDbContext db, Expression<Func<T, string?>> text, string term)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(term);
        // A member of a closure object, not a constant, so EF sends the pattern as a parameter and reuses the plan.
        var pattern = Expression.Property(Expression.Constant(new Pattern($"%{EscapeWildcards(term)}%")), nameof(Pattern.Value));
        var functions = Expression.Property(null, typeof(EF), nameof(EF.Functions));
        var like = db is PostgresDirectoryDbContext
            ? typeof(NpgsqlDbFunctionsExtensions).GetMethod(nameof(NpgsqlDbFunctionsExtensions.ILike), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!
            : typeof(DbFunctionsExtensions).GetMethod(nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;
        var call = Expression.Call(like, functions, text.Body, pattern, Expression.Constant(Escape));
        return Expression.Lambda<Func<T, bool>>(call, text.Parameters);
    }

    private static string EscapeWildcards(string term) =>
        term.Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal);

    private sealed record Pattern(string Value);
}
