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
                + "every record passing the filters (all records when there are none), sorted by title. Pages with `first`/`after` and "
                + "`last`/`before` like any connection; `last` without `before` is the end of the result. Errors: NOT_FOUND (unknown "
                + "county, service type or topic), INVALID_ARGUMENT, INVALID_CURSOR (damaged, or of another search), PAGE_SIZE_EXCEEDED, INVALID_PAGING, SEARCH_UNAVAILABLE (the index is down; retry later).")
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
                new QueryArgument<FloatGraphType> { Name = "radiusKm", Description = "Distance for `near`, in kilometres." })
            .Configure(field => PagingArguments.AddTo(field.Arguments!))
            .ResolveAsync(async c => await SearchAsync(c));

    /// <summary>
    /// Relay paging over the index's keyset cursors: <c>first</c> reads forward from <c>after</c>, <c>last</c> backward
    /// from <c>before</c> (or the end), each bounded by the other cursor; with both sizes <c>first</c> applies first.
    /// </summary>
    private static async Task<SearchPage> SearchAsync(IResolveFieldContext context)
    {
        var limits = context.RequestServices!.GetRequiredService<IOptions<ApiLimitsOptions>>().Value;
        var paging = PagingArguments.From(context);
        paging.Validate(Math.Min(SearchRequest.MaxPageSize, limits.MaxPageSize));
        var search = await RequestAsync(context);
        var cursors = new SearchPageCursor(new Cursor(limits.CursorSecret), search);
        var backward = paging is { Last: not null, First: null };
        var size = (backward ? paging.Last : paging.First) ?? PagingArguments.DefaultPageSize;

        // A page of 0 still reads one hit: it tells whether any lies that way.
        var results = await RunAsync(context, search with
        {
            First = backward ? null : Math.Max(size, 1),
            Last = backward ? Math.Max(size, 1) : null,
            After = cursors.Decode(paging.After),
            Before = cursors.Decode(paging.Before),
            Facets = SelectsFacets(context),
            Highlights = SelectsHighlights(context),
        });
        var hits = backward ? results.Hits.TakeLast(size).ToList() : results.Hits.Take(size).ToList();
        var hasNext = results.HasNextPage || (!backward && results.Hits.Count > size);
        var hasPrevious = results.HasPreviousPage || (backward && results.Hits.Count > size);
        if (!backward && paging.Last is { } last && hits.Count > last)
        {
            hits = hits.TakeLast(last).ToList();
            hasPrevious = true;
        }

        return new SearchPage
        {
            Hits = [.. hits.Select(hit => new SearchPageHit(hit, cursors.Encode(hit.Cursor)))],
            TotalCount = results.TotalCount,
            Facets = results.Facets,
            HasNextPage = hasNext,
            HasPreviousPage = hasPrevious,
        };
    }

    /// <summary>Facets cost a pass over every hit's values: counted only when the selection (aliases and fragments included) has them.</summary>
    private static bool SelectsFacets(IResolveFieldContext context) =>
        context.SubFields?.Values.Any(f => f.FieldType.Name == "facets") ?? true;

    /// <summary>Highlights analyse each hit's text again: made only when the nodes' selection (through edges, aliases and fragments) has them.</summary>
    private static bool SelectsHighlights(IResolveFieldContext context) =>
        SelectedFields.OfNodes(context) is not { } nodes || nodes.Contains("highlights");

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
