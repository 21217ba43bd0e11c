using System.Text.Json.Nodes;
using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.Search;

/// <summary>Runs <c>Query.search</c> over HTTP and waits (with a timeout, polling) for the index to reach a state.</summary>
public sealed class SearchClient(GraphQLClient client)
{
    public const string Hits = """
        query Search($query: String, $county: String, $state: String, $kinds: [SearchKind!], $serviceTypes: [String!],
                     $topics: [String!], $roles: [PartnerRole!], $audience: [Audience!], $age: Int, $language: String, $first: Int, $after: String) {
          search(query: $query, county: $county, state: $state, kinds: $kinds, serviceTypes: $serviceTypes, topics: $topics, roles: $roles,
                 audience: $audience, age: $age, language: $language, first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor }
            nodes {
              score
              highlights { field fragments }
              item {
                __typename
                ... on Partner { id key name }
                ... on Program { id key name }
                ... on Meeting { id key title }
                ... on EducatorResource { id key title }
              }
            }
            facets {
              kinds { value label count }
              serviceTypes { value label count }
              roles { value label count }
              counties { value label count }
              audiences { value label count }
              languages { value label count }
              topics { value label count }
            }
          }
        }
        """;

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public Task<GraphQLClient.Response> RawAsync(object variables) => client.QueryAsync(Hits, variables);

    public async Task<JsonNode> SearchAsync(object variables) => (await RawAsync(variables)).Ok()["search"]!;

    /// <summary>Keys of the items of the first page, in order.</summary>
    public async Task<List<string>> KeysAsync(object variables) => Keys(await SearchAsync(variables));

    /// <remarks>A record archived after the index last saw it has a null item until the worker catches up.</remarks>
    public static List<string> Keys(JsonNode search) =>
        [.. search["nodes"]!.AsArray().Select(n => n!["item"]?["key"]?.GetValue<string>() ?? "(archived)")];

    /// <summary>Polls until <paramref name="done"/> holds for the search result, failing after <see cref="Timeout"/>.</summary>
    public async Task<JsonNode> EventuallyAsync(object variables, Func<JsonNode, bool> done, string what)
    {
        var deadline = DateTime.UtcNow + Timeout;
        JsonNode? last = null;
        while (DateTime.UtcNow < deadline)
        {
            var response = await RawAsync(variables);
            if (response.Errors.Count == 0)
            {
                last = response.Data!["search"]!;
                if (done(last))
                {
                    return last;
                }
            }

            await Task.Delay(100);
        }

        Assert.Fail($"timed out waiting until {what}; last result: {last?.ToJsonString()}");
        return null!;
    }

    /// <summary>Waits for the worker's first build of the index from the seeded database.</summary>
    public Task<JsonNode> IndexedAsync() => EventuallyAsync(new { first = 1 }, s => s["totalCount"]!.GetValue<int>() >= 20, "the seed data is indexed");
}
