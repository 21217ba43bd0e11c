using CareDirectory.Domain;
using CareDirectory.GraphQL.Common;
using CareDirectory.GraphQL.Counties;
using CareDirectory.GraphQL.Listing;
using CareDirectory.GraphQL.Relay;
using CareDirectory.GraphQL.States;
using CareDirectory.Search;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDirectory.GraphQL.Search;

/// <summary><c>Query.search</c>: full-text and faceted search over partners, programs, meetings and educator resources.</summary>
public static class SearchQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<SearchConnectionType>>("search")
            .Description("Search partners, programs, meetings and educator resources by words (synonyms, misspellings and Spanish "
                + "understood) and filters; filters are ANDed, values inside one list ORed. An empty or missing `query` is a browse: "
                + "every record passing the filters (all records when there are none), sorted by title. Errors: NOT_FOUND (unknown "
                + "county, service type or topic), INVALID_ARGUMENT, INVALID_CURSOR, PAGE_SIZE_EXCEEDED, SEARCH_UNAVAILABLE (the index is down; retry later).")
            .Arguments(
                new QueryArgument<StringGraphType> { Name = "query", Description = "Words to search for, as a person types them; never query syntax. Only the first 1,000 characters and 32 words count. Empty: browse." },
                new QueryArgument<StringGraphType> { Name = "state", Description = "Only records of this state (USPS code, e.g. NJ)." },
                CountyArgument.Definition,
                ZipArgument.Definition,
                new QueryArgument<ListGraphType<NonNullGraphType<SearchKindType>>> { Name = "kinds", Description = "Only these kinds of records." },
                new QueryArgument<ListGraphType<NonNullGraphType<StringGraphType>>> { Name = "serviceTypes", Description = "Only records with one of these service-type codes; a broader term (crisis) matches its narrower ones (crisis.mobile-response)." },
                new QueryArgument<ListGraphType<NonNullGraphType<StringGraphType>>> { Name = "topics", Description = "Only educator resources with one of these topic codes from the controlled vocabulary (access, crisis, foster-care, ...); other records have no topics." },
                new QueryArgument<ListGraphType<NonNullGraphType<PartnerRoleType>>> { Name = "roles", Description = "Only records of partners with one of these roles." },
                new QueryArgument<ListGraphType<NonNullGraphType<AudienceType>>> { Name = "audience", Description = "Only records meant for one of these audiences." },
                new QueryArgument<IntGraphType> { Name = "age", Description = "Only records serving this age (0 to 150); records without an age limit match." },
                new QueryArgument<StringGraphType> { Name = "language", Description = "Only records offered in this language (ISO 639-1 code, e.g. es)." },
                new QueryArgument<GeoPointInputType> { Name = "near", Description = "Only records with a location within `radiusKm` of this point." },
                new QueryArgument<FloatGraphType> { Name = "radiusKm", Description = "Distance for `near`, in kilometres." },
                new QueryArgument<IntGraphType> { Name = "first", Description = $"Page size (default {PagingArguments.DefaultPageSize}, at most the configured maximum, 50 by default)." },
                new QueryArgument<StringGraphType> { Name = "after", Description = "Continue after this hit: an edge's `cursor` or `pageInfo.endCursor` of the same search." })
            .ResolveAsync(async c => await SearchAsync(c));

    private static async Task<SearchPage> SearchAsync(IResolveFieldContext context)
    {
        var maxPageSize = Math.Min(SearchRequest.MaxPageSize, context.RequestServices!.GetRequiredService<IOptions<ApiLimitsOptions>>().Value.MaxPageSize);
        var first = context.GetArgument<int?>("first") ?? PagingArguments.DefaultPageSize;
        if (first < 0)
        {
            throw DirectoryErrors.Error(DirectoryErrors.InvalidPaging, "`first` must not be negative.");
        }

        if (first > maxPageSize)
        {
            throw DirectoryErrors.Error(DirectoryErrors.PageSizeExceeded, $"Requested page size {first} exceeds the maximum of {maxPageSize}; page with `after`.");
        }

        var after = SearchPageCursor.Decode(context.GetArgument<string?>("after"));
        var request = await RequestAsync(context) with
        {
            // Skipping into a page asks the index for the skipped hits too; past the index's maximum the page is shorter.
            First = Math.Clamp(after.Skip + first, 1, SearchRequest.MaxPageSize),
            After = after.IndexAfter,
            Facets = SelectsFacets(context),
        };

        var results = await RunAsync(context, request);
        var fetched = results.Hits;
        var page = fetched.Skip(after.Skip).Take(first)
            .Select((hit, i) => new SearchPageHit(hit, CursorAt(after, results, after.Skip + i)))
            .ToList();
        return new SearchPage
        {
            Hits = page,
            TotalCount = results.TotalCount,
            Facets = results.Facets,
            HasNextPage = results.HasNextPage || after.Skip + page.Count < fetched.Count,
            HasPreviousPage = after.IndexAfter is not null || after.Skip > 0,
        };
    }

    /// <summary>Facets cost a pass over every hit's values: counted only when the selection (aliases and fragments included) has them.</summary>
    private static bool SelectsFacets(IResolveFieldContext context) =>
        context.SubFields?.Values.Any(f => f.FieldType.Name == "facets") ?? true;

    /// <summary>The last fetched hit continues from the index's cursor; any other from the page start plus a skip.</summary>
    private static string CursorAt(SearchPageCursor start, SearchResults results, int index) =>
        (index == results.Hits.Count - 1 && results.EndCursor is { } end
            ? new SearchPageCursor(end, 0)
            : start with { Skip = index + 1 }).Encode();

    /// <summary>Reads and checks the filters; county and service types are checked against the database, topics against their vocabulary.</summary>
    private static async Task<SearchRequest> RequestAsync(IResolveFieldContext context)
    {
        var state = StateArgument.Read(context);
        if (string.IsNullOrEmpty(state))
        {
            state = null;
        }
        else if (StateFips.ForState(state) is null)
        {
            throw DirectoryErrors.Error(DirectoryErrors.InvalidArgument, $"'{state}' is not a USPS state code.");
        }

        var place = await CountyArgument.FindPlaceAsync(context);
        var serviceTypes = Codes(context, "serviceTypes");
        await EnsureServiceTypesExistAsync(context, serviceTypes);
        var topics = Codes(context, "topics");
        EnsureTopicsExist(topics);
        var language = context.GetArgument<string?>("language")?.Trim().ToLowerInvariant();

        return new SearchRequest
        {
            Query = context.GetArgument<string?>("query"),
            State = state,
            CountyFips = place is null ? [] : [.. place.Select(c => c.Fips)],
            Kinds = context.GetArgument<List<SearchKind>?>("kinds") ?? [],
            ServiceTypes = serviceTypes,
            Topics = topics,
            Roles = [.. (context.GetArgument<List<PartnerRole>?>("roles") ?? []).Select(r => r.ToString())],
            Audiences = [.. (context.GetArgument<List<Audience>?>("audience") ?? []).Select(a => a.ToString())],
            Age = context.GetArgument<int?>("age"),
            Language = string.IsNullOrEmpty(language) ? null : language,
            Near = context.GetArgument<GeoPoint?>("near"),
            RadiusKm = context.GetArgument<double?>("radiusKm"),
        };
    }

    /// <summary>A list argument of codes, trimmed, lower-cased and without repeats.</summary>
    private static List<string> Codes(IResolveFieldContext context, string argument) =>
        [.. (context.GetArgument<List<string>?>(argument) ?? []).Select(code => code.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal)];

    /// <summary>Topics are a fixed vocabulary: an unknown code is a typo, reported as an unknown service type is.</summary>
    private static void EnsureTopicsExist(List<string> codes)
    {
        var unknown = codes.Where(code => !ResourceTopics.All.Contains(code)).ToList();
        if (unknown.Count > 0)
        {
            throw DirectoryErrors.Error(
                DirectoryErrors.NotFound,
                $"No topic {string.Join(", ", unknown.Select(u => $"'{u}'"))}; topics are {string.Join(", ", ResourceTopics.All.Order(StringComparer.Ordinal))}.");
        }
    }

    private static async Task EnsureServiceTypesExistAsync(IResolveFieldContext context, List<string> codes)
    {
        if (codes.Count == 0)
        {
            return;
        }

        await using var db = await ConnectionQueries.Contexts(context).CreateDbContextAsync(context.CancellationToken);
        var known = await db.ServiceTypes.Where(t => codes.Contains(t.Code)).Select(t => t.Code).ToListAsync(context.CancellationToken);
        var unknown = codes.Except(known, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw DirectoryErrors.Error(DirectoryErrors.NotFound, $"No service type {string.Join(", ", unknown.Select(u => $"'{u}'"))}; `serviceTypes` lists the codes.");
        }
    }

    /// <summary>Runs the search, turning the index's errors into the API's codes (never a 500 for a down index).</summary>
    private static async Task<SearchResults> RunAsync(IResolveFieldContext context, SearchRequest request)
    {
        try
        {
            return await context.RequestServices!.GetRequiredService<ISearchIndex>().SearchAsync(request, context.CancellationToken);
        }
        catch (SearchUnavailableException)
        {
            throw DirectoryErrors.Error(DirectoryErrors.SearchUnavailable, "Search is temporarily unavailable; the rest of the directory works. Retry later.");
        }
        catch (SearchRequestException e)
        {
            throw DirectoryErrors.Error(e.Code == SearchErrorCode.InvalidCursor ? DirectoryErrors.InvalidCursor : DirectoryErrors.InvalidArgument, e.Message);
        }
    }
}
