using System.Text.RegularExpressions;
using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.GraphQL;

/// <summary>One date-time scalar named as HotChocolate names it, <c>DateTime</c>, always with its offset (#15).</summary>
public sealed partial class DateTimeScalarTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private readonly GraphQLClient _client = new(app.CreateClient());

    [Fact]
    public async Task RecordTimesAreWrittenWithTheirOffset()
    {
        var nodes = (await _client.QueryAsync("{ partners(first: 50) { nodes { lastModified } } }")).Ok()["partners"]!["nodes"]!.AsArray();

        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Matches(WithOffset(), n!["lastModified"]!.GetValue<string>()));
    }

    /// <summary>A HotChocolate-generated client declares <c>$d: DateTime</c>; it fits record filters and the change feed alike.</summary>
    [Fact]
    public async Task OneDateTimeVariableFitsRecordFiltersAndTheChangeFeed()
    {
        var response = await _client.QueryAsync(
            "query($d: DateTime!) { partners(where: { lastModified: { gte: $d } }) { totalCount } changes(since: $d) { totalCount } }",
            new { d = "2000-01-01T00:00:00-05:00" });

        Assert.True(response.Ok()["partners"]!["totalCount"]!.GetValue<int>() > 0);
        Assert.True(response.Ok()["changes"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [Theory]
    [InlineData("2026-12-03T17:00:00")]
    [InlineData("2026-12-03")]
    [InlineData("yesterday")]
    public async Task ATimeWithoutAnOffsetIsRefused(string value)
    {
        var asVariable = await _client.QueryAsync("query($d: DateTime!) { changes(since: $d) { totalCount } }", new { d = value });
        var asLiteral = await _client.QueryAsync($$"""{ partners(where: { lastModified: { gt: "{{value}}" } }) { totalCount } }""");

        Assert.Equal(["INVALID_VARIABLES"], asVariable.ErrorCodes);
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], asLiteral.ErrorCodes);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?[+-]\d{2}:\d{2}$")]
    private static partial Regex WithOffset();
}
