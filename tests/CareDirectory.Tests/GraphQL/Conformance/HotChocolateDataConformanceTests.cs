using System.Text.Json.Nodes;
using CareDirectory.Tests.GraphQL.Paging;
using CareDirectory.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Tests.GraphQL.Conformance;

/// <summary>
/// HotChocolate.Data's filtering and sorting, as its snapshot tests pin them (Data.Filters.Tests, Data.Sorting.Tests),
/// on our data and on both databases (#15): negated operators, <c>and</c>/<c>or</c> inside an operation input, null
/// semantics, dates, ids, filtering and sorting through a related record. Expected sets come from the same records read
/// directly from the database, so every assertion is exact. Text matching ignores case (ours; HotChocolate leaves it
/// to the database), so the oracle folds case too.
/// </summary>
public abstract class HotChocolateDataConformanceTests(DirectoryAppFactory app)
{
    private readonly GraphQLClient _client = new(app.CreateClient());

    [DatabaseFact]
    public async Task NegatedTextOperatorsAreTheComplementOfTheirPositive()
    {
        var all = await PartnerNamesAsync();

        Assert.Equal(Sorted(all.Where(n => !n.StartsWith("b", StringComparison.OrdinalIgnoreCase))), await PartnersAsync(new { name = new { nstartsWith = "B" } }));
        Assert.Equal(Sorted(all.Where(n => !n.EndsWith("inc.", StringComparison.OrdinalIgnoreCase))), await PartnersAsync(new { name = new { nendsWith = "INC." } }));
        Assert.Equal(Sorted(all.Where(n => n.StartsWith("b", StringComparison.OrdinalIgnoreCase))), await PartnersAsync(new { name = new { startsWith = "b" } }));
    }

    [DatabaseFact]
    public async Task AndAndOrNestInsideAStringOperationInput()
    {
        var all = await PartnerNamesAsync();
        var where = new { name = new { or = new object[] { new { startsWith = "c" }, new { and = new object[] { new { contains = "family" }, new { ncontains = "county" } } } } } };

        var expected = all.Where(n => n.StartsWith("c", StringComparison.OrdinalIgnoreCase)
            || (n.Contains("family", StringComparison.OrdinalIgnoreCase) && !n.Contains("county", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(Sorted(expected), await PartnersAsync(where));
    }

    [DatabaseFact]
    public async Task NullInAnInListMeansNoValueOnAFieldThatMayHaveNone()
    {
        var partners = await ReadAsync(db => db.Partners.Select(p => new { p.Name, p.Description }).ToListAsync());
        var some = partners.First(p => p.Description is not null).Description!;

        Assert.Equal(Sorted(partners.Where(p => p.Description is null || p.Description == some).Select(p => p.Name)),
            await PartnersAsync(new { description = new { @in = new[] { null, some } } }));
        Assert.Equal(Sorted(partners.Where(p => p.Description is not null && p.Description != some).Select(p => p.Name)),
            await PartnersAsync(new { description = new { nin = new[] { null, some } } }));
        Assert.Equal(Sorted(partners.Where(p => p.Description is null).Select(p => p.Name)),
            await PartnersAsync(new { description = new { eq = (string?)null } }));
    }

    [DatabaseFact]
    public async Task NullWhereHotChocolateRefusesItIsAnInvalidArgument()
    {
        string[] refused =
        [
            """{ "name": null }""",
            """{ "name": { "eq": null } }""",
            """{ "name": { "in": ["a", null] } }""",
            """{ "name": { "contains": null } }""",
            """{ "name": { "in": null } }""",
            """{ "lastModified": { "gt": null } }""",
            """{ "roles": { "some": null } }""",
        ];
        foreach (var where in refused)
        {
            var response = await _client.QueryAsync("query($w: PartnerFilterInput) { partners(where: $w) { totalCount } }", new JsonObject { ["w"] = JsonNode.Parse(where) });

            Assert.True(response.ErrorCodes.SequenceEqual(["INVALID_ARGUMENT"]), $"{where}: {response.Body.ToJsonString()}");
            Assert.Contains("Null values are not supported", response.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    [DatabaseFact]
    public async Task DatesTakeInNinAndTheNegatedComparisons()
    {
        var page = (await _client.QueryAsync("{ partners(first: 50, order: [{ lastModified: DESC }]) { nodes { name lastModified } } }")).Ok()["partners"]!["nodes"]!.AsArray();
        var newest = page[0]!["lastModified"]!.GetValue<string>();
        var all = await PartnerNamesAsync();
        var atNewest = page.Where(n => n!["lastModified"]!.GetValue<string>() == newest).Select(n => n!["name"]!.GetValue<string>());

        Assert.Equal(Sorted(atNewest), await PartnersAsync(new { lastModified = new { @in = new[] { newest } } }));
        Assert.Equal(Sorted(all.Except(atNewest)), await PartnersAsync(new { lastModified = new { nin = new[] { newest } } }));
        Assert.Equal(await PartnersAsync(new { lastModified = new { lte = newest } }), await PartnersAsync(new { lastModified = new { ngt = newest } }));
        Assert.Equal(await PartnersAsync(new { lastModified = new { lt = newest } }), await PartnersAsync(new { lastModified = new { ngte = newest } }));
        Assert.Empty(await PartnersAsync(new { lastModified = new { gt = newest } }));
        Assert.Equal(Sorted(all), await PartnersAsync(new { lastModified = new { nlt = "1900-01-01T00:00:00Z" } }));
    }

    [DatabaseFact]
    public async Task IdsFilterAsTheGlobalIdsNodeTakes()
    {
        var nodes = (await _client.QueryAsync("{ partners(first: 3) { nodes { id name } } }")).Ok()["partners"]!["nodes"]!.AsArray();
        var (a, b) = (nodes[0]!["id"]!.GetValue<string>(), nodes[1]!["id"]!.GetValue<string>());
        var all = await PartnerNamesAsync();

        Assert.Equal([nodes[0]!["name"]!.GetValue<string>()], await PartnersAsync(new { id = new { eq = a } }));
        Assert.Equal(Sorted(nodes.Take(2).Select(n => n!["name"]!.GetValue<string>())), await PartnersAsync(new { id = new { @in = new[] { a, b } } }));
        Assert.Equal(all.Count - 1, (await PartnersAsync(new { id = new { neq = a } })).Count);

        var program = (await _client.QueryAsync("{ programs(first: 1) { nodes { id } } }")).Ok()["programs"]!["nodes"]![0]!["id"]!.GetValue<string>();
        Assert.Equal(["INVALID_ID"], (await _client.QueryAsync("query($w: PartnerFilterInput) { partners(where: $w) { totalCount } }", new { w = new { id = new { eq = program } } })).ErrorCodes);
    }

    [DatabaseFact]
    public async Task ProgramsFilterThroughTheirPartner()
    {
        var programs = await ReadAsync(db => db.Programs.Select(p => new { p.Name, Partner = p.Partner!.Name }).ToListAsync());
        var partner = programs.GroupBy(p => p.Partner).OrderByDescending(g => g.Count()).First().Key;

        var response = await _client.QueryAsync("query($w: ProgramFilterInput) { programs(first: 50, where: $w) { nodes { name } } }",
            new { w = new { partner = new { name = new { eq = partner } } } });

        Assert.Equal(Sorted(programs.Where(p => p.Partner == partner).Select(p => p.Name)), Names(response.Ok()["programs"]!));
    }

    /// <summary>
    /// <c>order: [{ partner: { name: ASC } }]</c>: programs come in the order of their partners as the database sorts
    /// partners by name (its collation on both sides), then by the next key, and pages over cursors concatenate to the whole.
    /// </summary>
    [DatabaseFact]
    public async Task ProgramsSortThroughTheirPartnerAndPageWithCursors()
    {
        const string Query = "query($after: String, $before: String, $first: Int, $last: Int) { programs(first: $first, after: $after, last: $last, before: $before, order: [{ partner: { name: ASC } }, { name: DESC }]) { totalCount nodes { name partner { name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }";
        var whole = (await _client.QueryAsync(Query, new { first = 50 })).Ok()["programs"]!;
        var partnersInOrder = Names((await _client.QueryAsync("{ partners(first: 50, order: [{ name: ASC }]) { nodes { name } } }")).Ok()["partners"]!);
        var programPartners = whole["nodes"]!.AsArray().Select(n => n!["partner"]!["name"]!.GetValue<string>()).ToList();
        Assert.True(whole["totalCount"]!.GetValue<int>() <= 50, "the seed fits one page of 50");
        Assert.Equal(partnersInOrder.Where(programPartners.Contains), programPartners.Distinct());

        var forward = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = (await _client.QueryAsync(Query, new { first = 4, after })).Ok()["programs"]!;
            forward.AddRange(Names(page));
            Assert.Equal(after is not null, page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
            pages++;
        }
        while (after is not null && pages < 50);

        Assert.Equal(Names(whole), forward);

        var backward = new List<string>();
        string? before = null;
        do
        {
            var page = (await _client.QueryAsync(Query, new { last = 5, before })).Ok()["programs"]!;
            backward.InsertRange(0, Names(page));
            Assert.Equal(before is not null, page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
            before = page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>() ? page["pageInfo"]!["startCursor"]!.GetValue<string>() : null;
        }
        while (before is not null);

        Assert.Equal(Names(whole), backward);
    }

    /// <summary>Random <c>first/last/after/before</c> pages (and walks both ways) over an order through a relation match the whole list.</summary>
    [DatabaseFact]
    public async Task AnyPagingArgumentsGiveThePageTheWholeOrderedListSays()
    {
        const string Query = "query($after: String, $before: String, $first: Int, $last: Int) { programs(first: $first, after: $after, last: $last, before: $before, order: [{ partner: { name: DESC } }, { name: ASC }]) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }";
        async Task<ConnectionPage> PageAsync(PageArguments paging) => ConnectionPage.Read(
            (await _client.QueryAsync(Query, new { paging.First, paging.After, paging.Last, paging.Before })).Ok()["programs"]!,
            node => node["id"]!.GetValue<string>());
        var whole = await PageAsync(new PageArguments(50, null, null, null));
        Assert.False(whole.HasNextPage);

        await new ConnectionWalk(PageAsync).CheckAsync(whole.Keys, seed: 1515, rounds: 60);
    }

    [DatabaseFact]
    public async Task ACursorOfAnotherOrderingOrAlteredIsInvalid()
    {
        var end = (await _client.QueryAsync("{ partners(first: 2) { pageInfo { endCursor } } }")).Ok()["partners"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var otherOrder = await _client.QueryAsync("query($c: String) { partners(first: 2, after: $c, order: [{ name: DESC }]) { totalCount } }", new { c = end });
        var otherList = await _client.QueryAsync("query($c: String) { programs(first: 2, after: $c) { totalCount } }", new { c = end });
        var altered = await _client.QueryAsync("query($c: String) { partners(first: 2, after: $c) { totalCount } }", new { c = end[..^2] + (end[^2] == 'A' ? "B" : "A") + end[^1] });

        Assert.Equal(["INVALID_CURSOR"], otherOrder.ErrorCodes);
        Assert.Equal(["INVALID_CURSOR"], otherList.ErrorCodes);
        Assert.Equal(["INVALID_CURSOR"], altered.ErrorCodes);
        Assert.Contains("another list or another `order`", otherOrder.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task PageFlagsAreExactAtBothEndsAndBetweenCursors()
    {
        var all = Names((await _client.QueryAsync("{ partners(first: 50) { nodes { name } } }")).Ok()["partners"]!);
        var edges = (await _client.QueryAsync("{ partners(first: 50) { edges { cursor } } }")).Ok()["partners"]!["edges"]!.AsArray().Select(e => e!["cursor"]!.GetValue<string>()).ToList();

        var between = (await _client.QueryAsync("query($a: String, $b: String) { partners(after: $a, before: $b) { nodes { name } pageInfo { hasNextPage hasPreviousPage } } }", new { a = edges[0], b = edges[3] })).Ok()["partners"]!;
        Assert.Equal(all.Skip(1).Take(2), Names(between));
        Assert.True(between["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(between["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());

        var whole = (await _client.QueryAsync("{ partners(first: 50) { pageInfo { hasNextPage hasPreviousPage } } }")).Ok()["partners"]!["pageInfo"]!;
        Assert.False(whole["hasNextPage"]!.GetValue<bool>());
        Assert.False(whole["hasPreviousPage"]!.GetValue<bool>());

        var exact = (await _client.QueryAsync("query($n: Int) { partners(first: $n) { pageInfo { hasNextPage } } }", new { n = all.Count })).Ok()["partners"]!["pageInfo"]!;
        Assert.False(exact["hasNextPage"]!.GetValue<bool>());
    }

    private async Task<List<string>> PartnersAsync(object where)
    {
        var response = await _client.QueryAsync("query($w: PartnerFilterInput) { partners(first: 50, where: $w) { totalCount nodes { name } } }", new { w = where });
        var partners = response.Ok()["partners"]!;
        Assert.True(partners["totalCount"]!.GetValue<int>() <= 50, "the seed fits one page of 50");
        return Sorted(Names(partners));
    }

    private Task<List<string>> PartnerNamesAsync() => ReadAsync(db => db.Partners.Select(p => p.Name).ToListAsync());

    private async Task<T> ReadAsync<T>(Func<CareDirectory.Data.DirectoryDbContext, Task<T>> read)
    {
        _ = app.CreateClient();
        await using var db = app.CreateDbContext();
        return await read(db);
    }

    private static List<string> Names(JsonNode connection) => [.. connection["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>())];

    private static List<string> Sorted(IEnumerable<string> names) => [.. names.Order(StringComparer.Ordinal)];
}

/// <summary>The embedded default database.</summary>
public sealed class HotChocolateDataConformanceOnSqliteTests(DirectoryAppFactory app) : HotChocolateDataConformanceTests(app), IClassFixture<DirectoryAppFactory>;

/// <summary>PostgreSQL: its own collation and LIKE, the same answers.</summary>
[RequiresPostgres]
public sealed class HotChocolateDataConformanceOnPostgresTests(HotChocolateDataConformanceOnPostgresTests.App app)
    : HotChocolateDataConformanceTests(app), IClassFixture<HotChocolateDataConformanceOnPostgresTests.App>
{
    /// <summary>
    /// Unexpected errors carry their exception: once in CI (session 6) a query here failed with a masked
    /// INTERNAL_ERROR that no rerun reproduced, and the masked message said nothing of its cause.
    /// </summary>
    public sealed class App : PostgresAppFactory
    {
        public App() => With("GraphQL:ExposeExceptionDetails", "true");
    }
}
