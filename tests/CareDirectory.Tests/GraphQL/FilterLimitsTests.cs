using System.Text.Json.Nodes;
using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.GraphQL;

/// <summary>
/// A <c>where</c> the database could not run is refused before it reaches it (FILTER_LIMIT_EXCEEDED naming the limit),
/// where SQLite used to fail the request with an internal error; then a bounded fuzz run of random filter trees (#16).
/// </summary>
public abstract class FilterLimitsTests(DirectoryAppFactory app)
{
    private const string Partners = "query($w: PartnerFilterInput) { partners(first: 5, where: $w) { totalCount } }";

    private readonly GraphQLClient _client = new(app.CreateClient());

    [DatabaseFact]
    public async Task ATextOperandLongerThanAnyStoredTextIsRefused()
    {
        var response = await _client.QueryAsync(Partners, new { w = new { name = new { startsWith = new string('a', 50_000) } } });

        Assert.Equal(["FILTER_LIMIT_EXCEEDED"], response.ErrorCodes);
        Assert.Contains("4000", response.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task AnOrOfTwoThousandConditionsIsRefused()
    {
        var or = Enumerable.Range(0, 2000).Select(i => new { name = new { eq = $"partner {i}" } }).ToArray();

        var response = await _client.QueryAsync(Partners, new { w = new { or } });

        Assert.Equal(["FILTER_LIMIT_EXCEEDED"], response.ErrorCodes);
        Assert.Contains("100 conditions", response.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task NestingBeyondTenLevelsIsRefused()
    {
        JsonObject where = new() { ["name"] = new JsonObject { ["contains"] = "a" } };
        for (var i = 0; i < 11; i++)
        {
            where = new JsonObject { ["and"] = new JsonArray(where) };
        }

        var response = await _client.QueryAsync(Partners, new JsonObject { ["w"] = where });

        Assert.Equal(["FILTER_LIMIT_EXCEEDED"], response.ErrorCodes);
    }

    [DatabaseFact]
    public async Task AnInListOfMoreThanAHundredValuesIsRefused()
    {
        var response = await _client.QueryAsync(Partners, new { w = new { name = new { @in = Enumerable.Range(0, 101).Select(i => $"p{i}").ToArray() } } });

        Assert.Equal(["FILTER_LIMIT_EXCEEDED"], response.ErrorCodes);
    }

    /// <summary>The HotChocolate shapes of #15 (and/or inside a string operation input, null items in <c>in</c>) count against the same limits.</summary>
    [DatabaseFact]
    public async Task AndOrInsideAnOperationInputAndNullItemsCountAgainstTheLimits()
    {
        JsonObject nested = new() { ["contains"] = "a" };
        for (var i = 0; i < 11; i++)
        {
            nested = new JsonObject { ["or"] = new JsonArray(nested) };
        }

        var tooDeep = await _client.QueryAsync(Partners, new JsonObject { ["w"] = new JsonObject { ["name"] = nested } });
        var tooMany = await _client.QueryAsync(Partners, new { w = new { name = new { or = Enumerable.Range(0, 101).Select(i => new { nstartsWith = $"p{i}" }).ToArray() } } });
        var tooLong = await _client.QueryAsync(Partners, new { w = new { description = new { nin = Enumerable.Repeat<string?>(null, 101).ToArray() } } });

        Assert.Equal(["FILTER_LIMIT_EXCEEDED"], tooDeep.ErrorCodes);
        Assert.Equal(["FILTER_LIMIT_EXCEEDED"], tooMany.ErrorCodes);
        Assert.Equal(["FILTER_LIMIT_EXCEEDED"], tooLong.ErrorCodes);
    }

    [DatabaseFact]
    public async Task AFilterAtEveryLimitRuns()
    {
        var or = Enumerable.Range(0, 99).Select(i => new { name = new { contains = i == 0 ? new string('%', 4000) : $"_{i}\\" } }).ToArray();

        var response = await _client.QueryAsync(Partners, new { w = new { or, roles = new { any = true } } });

        Assert.Empty(response.Errors);
        Assert.NotNull(response.Ok()["partners"]!["totalCount"]);
    }

    /// <summary>
    /// 150 random filter trees per run — and/or up to 12 deep, up to ~200 conditions, text with LIKE wildcards, escapes,
    /// quotes and control characters, list quantifiers on service areas: none may be a 5xx or an INTERNAL_ERROR.
    /// </summary>
    [DatabaseFact]
    public async Task RandomFilterTreesNeverFailInternally()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        for (var i = 0; i < 150; i++)
        {
            var where = Tree(random, depth: 0);
            var response = await _client.QueryAsync(Partners, new JsonObject { ["w"] = where });

            Assert.True((int)response.Status < 500 && !response.ErrorCodes.Contains("INTERNAL_ERROR"), $"seed {seed}, tree {i}: {response.Body.ToJsonString()[..Math.Min(500, response.Body.ToJsonString().Length)]} for {where.ToJsonString()[..Math.Min(300, where.ToJsonString().Length)]}");
        }
    }

    private static readonly string[] _operations = ["eq", "neq", "contains", "ncontains", "startsWith", "nstartsWith", "endsWith", "nendsWith"];
    private static readonly string[] _texts = ["%", "_", "\\", "'", "\"", "a%b_c", "\t", "Bergen", "", "PerformCare", "\u0001", "ü"];

    private static JsonObject Tree(Random random, int depth)
    {
        var node = new JsonObject();
        var kind = depth > 12 ? 0 : random.Next(5);
        switch (kind)
        {
            case 0 or 1:
                node[random.Next(2) == 0 ? "name" : "description"] = new JsonObject { [_operations[random.Next(_operations.Length)]] = Text(random) };
                break;
            case 2:
                node["serviceAreas"] = new JsonObject { [random.Next(2) == 0 ? "some" : "none"] = new JsonObject { ["code"] = new JsonObject { ["startsWith"] = Text(random) } } };
                break;
            default:
                var items = new JsonArray();
                for (var n = random.Next(0, depth < 2 ? 40 : 4); n > 0; n--)
                {
                    items.Add(Tree(random, depth + 1));
                }

                node[kind == 3 ? "and" : "or"] = items;
                break;
        }

        return node;
    }

    private static string Text(Random random) =>
        random.Next(20) == 0 ? new string('x', random.Next(3990, 4010)) : string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => _texts[random.Next(_texts.Length)]));
}

/// <summary>SQLite: where "LIKE or GLOB pattern too complex" and "Expression tree is too large" came from.</summary>
public sealed class FilterLimitsOnSqliteTests(DirectoryAppFactory app) : FilterLimitsTests(app), IClassFixture<DirectoryAppFactory>;

/// <summary>PostgreSQL has other limits (stack depth, parameter count); the same inputs must be refused the same way.</summary>
[RequiresPostgres]
public sealed class FilterLimitsOnPostgresTests(PostgresAppFactory app) : FilterLimitsTests(app), IClassFixture<PostgresAppFactory>;
