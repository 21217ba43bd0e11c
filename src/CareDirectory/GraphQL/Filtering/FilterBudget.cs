using CareDirectory.Rules;

namespace CareDirectory.GraphQL.Filtering;

/// <summary>
/// Bounds one <c>where</c> input so that what reaches the database is always something SQLite and PostgreSQL can run
/// (SQLite refuses LIKE patterns over 50,000 bytes and expression trees deeper than 1,000): FILTER_LIMIT_EXCEEDED
/// names the limit, where the database would have failed the whole request with an internal error.
/// </summary>
internal sealed class FilterBudget
{
    /// <summary>Conditions (field operations and list quantifiers) in one <c>where</c>, across all of its <c>and</c>/<c>or</c>.</summary>
    public const int MaxConditions = 100;

    /// <summary>Nesting of <c>and</c>, <c>or</c> and related-record filters.</summary>
    public const int MaxDepth = 10;

    /// <summary>Characters of one text operand: no stored text (a description, the longest) is longer.</summary>
    public const int MaxTextLength = RecordLimits.TextLength;

    /// <summary>Values of one <c>in</c>/<c>nin</c> list.</summary>
    public const int MaxListValues = 100;

    private int _conditions;

    public void Condition()
    {
        if (++_conditions > MaxConditions)
        {
            throw Exceeded($"`where` has more than {MaxConditions} conditions; narrow it or use `search`.");
        }
    }

    public static void Depth(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Exceeded($"`where` nests `and`, `or` and related-record filters more than {MaxDepth} deep.");
        }
    }

    public static string Text(object value) =>
        value is string { Length: > MaxTextLength } ? throw Exceeded($"A `where` text value is longer than {MaxTextLength} characters.") : (string)value;

    public static void Values(int count)
    {
        if (count > MaxListValues)
        {
            throw Exceeded($"An `in`/`nin` list has {count} values; the limit is {MaxListValues}.");
        }
    }

    private static Exception Exceeded(string message) => DirectoryErrors.Error(DirectoryErrors.FilterLimitExceeded, message);
}
