using CareDirectory.GraphQL.Common;
using System.Buffers.Text;
using System.Globalization;
using System.Text;
using CareDirectory.GraphQL.Listing;
using CareDirectory.GraphQL.Relay;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDirectory.GraphQL.Editing;

/// <summary><c>Query.changes</c>: the change log as a feed integrators sync from, resuming at a cursor.</summary>
public static class ChangeQueries
{
    private const string Prefix = "seq:";

    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<ChangeType>>>("changes")
            .Description("Records created, updated or archived at or after `since`, oldest first (by sequence). Keep the last `endCursor` and pass it as `after` to continue where you stopped.")
            .Argument<NonNullGraphType<DateTimeType>>("since", "Only changes at or after this instant (RFC 3339 with its offset).")
            .Argument<IntGraphType>("first", "At most this many changes (default 10, at most the configured maximum page size).")
            .Argument<StringGraphType>("after", "A cursor from this feed: continue after that change.")
            .ResolveAsync(async c =>
            {
                var since = c.GetArgument<DateTimeOffset>("since");
                var first = c.GetArgument<int?>("first") ?? PagingArguments.DefaultPageSize;
                var max = c.RequestServices!.GetRequiredService<IOptions<ApiLimitsOptions>>().Value.MaxPageSize;
                if (first < 0 || first > max)
                {
                    throw DirectoryErrors.Error(first < 0 ? DirectoryErrors.InvalidPaging : DirectoryErrors.PageSizeExceeded, $"`first` must be between 0 and {max}.");
                }

                var after = c.GetArgument<string?>("after") is { } cursor ? Decode(cursor) : 0;
                await using var db = await ConnectionQueries.Contexts(c).CreateDbContextAsync(c.CancellationToken);
                var changes = db.ChangeLog.AsNoTracking().Where(e => e.At >= since);
                var total = await changes.CountAsync(c.CancellationToken);
                var skipped = after == 0 ? 0 : await changes.CountAsync(e => e.Sequence <= after, c.CancellationToken);
                var page = await changes.Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(first).ToListAsync(c.CancellationToken);
                return new Connection { Nodes = page, TotalCount = total, Cursors = [.. page.Select(e => Encode(e.Sequence))], HasPreviousPage = skipped > 0, HasNextPage = skipped + page.Count < total };
            });

    private static string Encode(long sequence) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + sequence.ToString(CultureInfo.InvariantCulture)));

    private static long Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal) && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                return sequence;
            }
        }
        catch (FormatException)
        {
            // Reported below like any other malformed cursor.
        }

        throw DirectoryErrors.Error(DirectoryErrors.InvalidCursor, "`after` is not a cursor from the change feed.");
    }
}
