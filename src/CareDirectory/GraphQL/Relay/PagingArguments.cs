using GraphQL;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Relay;

/// <summary>Relay paging arguments (<c>first/after/last/before</c>), validated against the page-size limit.</summary>
public sealed record PagingArguments(int? First, string? After, int? Last, string? Before)
{
    public const int DefaultPageSize = 10;

    public static PagingArguments From(IResolveFieldContext context) => new(
        context.GetArgument<int?>("first"),
        context.GetArgument<string?>("after"),
        context.GetArgument<int?>("last"),
        context.GetArgument<string?>("before"));

    /// <summary>Adds the four paging arguments to a field.</summary>
    public static void AddTo(QueryArguments arguments)
    {
        arguments.Add(new QueryArgument<IntGraphType> { Name = "first", Description = "Return the first N items after `after` (default 10, at most the configured maximum, 50 by default)." });
        arguments.Add(new QueryArgument<StringGraphType> { Name = "after", Description = "Cursor of the item to start after (an edge's `cursor` or `pageInfo.endCursor`)." });
        arguments.Add(new QueryArgument<IntGraphType> { Name = "last", Description = "Return the last N items before `before`." });
        arguments.Add(new QueryArgument<StringGraphType> { Name = "before", Description = "Cursor of the item to end before (`pageInfo.startCursor`)." });
    }

    /// <summary>Refuses negative sizes and sizes over <paramref name="maxPageSize"/> (PAGE_SIZE_EXCEEDED, never a silent cut).</summary>
    public void Validate(int maxPageSize)
    {
        if (First is < 0 || Last is < 0)
        {
            throw DirectoryErrors.Error(DirectoryErrors.InvalidPaging, "`first` and `last` must not be negative.");
        }

        if (First > maxPageSize || Last > maxPageSize)
        {
            throw DirectoryErrors.Error(DirectoryErrors.PageSizeExceeded, $"Requested page size {Math.Max(First ?? 0, Last ?? 0)} exceeds the maximum of {maxPageSize}; page with `after`/`before` cursors.");
        }
    }
}
