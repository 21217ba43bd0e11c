using Microsoft.Extensions.Options;

namespace CareDirectory.Tests.GraphQL.Http;

/// <summary>Depth, cost, alias and time limits; <c>extensions.cost</c>; masking of internal errors.</summary>
public sealed class GraphQLLimitsTests
{
    [Theory]
    [InlineData("{ hello }", 1)]
    [InlineData("{ items { name } }", 11)] // a list without first: 1 + 10 (default list size) × 1
    [InlineData("{ items(first: 2) { name children { name } } }", 25)] // 1 + 2 × (1 + (1 + 10 × 1))
    [InlineData("{ a: hello b: hello __typename }", 2)] // __typename is free
    [InlineData("{ ...F } fragment F on Query { items(first: 3) { ... on Item { name } } }", 4)]
    [InlineData("{ __schema { types { name fields { name } } } }", 0)] // introspection is free
    public async Task CostIsReportedInExtensions(string query, int cost)
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.PostAsync(Json(query));
        Assert.Equal(200, response.Status);
        Assert.EndsWith($$$$""","extensions":{"cost":{"requested":{{{{cost}}}},"limit":20000}}}""", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CostUsesPageSizeFromVariables()
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.PostAsync("""{"query":"query Q($n: Int) { items(first: $n) { name } }","variables":{"n":4}}""");
        Assert.Equal(
            """{"data":{"items":[{"name":"item 1"},{"name":"item 2"},{"name":"item 3"},{"name":"item 4"}]},"extensions":{"cost":{"requested":5,"limit":20000}}}""",
            response.Body);
    }

    [Fact]
    public async Task CostOverTheLimitIs400BeforeAnythingRuns()
    {
        await using var host = await TransportTestHost.StartAsync(Settings("MaxCost", "100"));
        var response = await host.PostAsync(Json("{ items(first: 50) { children { name } } }"));
        Assert.Equal(
            (400, """{"errors":[{"message":"The operation has an estimated cost of at least 500; the limit is 100. Ask for smaller pages (first/last) or fewer nested lists.","extensions":{"code":"MAX_COST_EXCEEDED"}}],"extensions":{"cost":{"requested":500,"limit":100}}}"""),
            (response.Status, response.Body));
    }

    [Fact]
    public async Task DepthOverTheLimitIs400()
    {
        await using var host = await TransportTestHost.StartAsync(Settings("MaxDepth", "3"));
        var response = await host.PostAsync(Json("{ items(first: 1) { children { children { name } } } }"));
        Assert.Equal(
            (400, """{"errors":[{"message":"The operation is nested 4 levels deep; the limit is 3.","extensions":{"code":"MAX_DEPTH_EXCEEDED"}}],"extensions":{"cost":{"requested":112,"limit":20000}}}"""),
            (response.Status, response.Body));
    }

    [Fact]
    public async Task DepthAtTheLimitRuns()
    {
        await using var host = await TransportTestHost.StartAsync(Settings("MaxDepth", "3"));
        var response = await host.PostAsync(Json("{ items(first: 1) { children { name } } }"));
        Assert.Equal(
            """{"data":{"items":[{"children":[{"name":"item 10"},{"name":"item 11"}]}]},"extensions":{"cost":{"requested":12,"limit":20000}}}""",
            response.Body);
    }

    [Fact]
    public async Task AliasesOverTheLimitAre400()
    {
        await using var host = await TransportTestHost.StartAsync(Settings("MaxAliases", "2"));
        var response = await host.PostAsync(Json("{ a: hello b: hello c: hello }"), "application/json");
        Assert.Equal(
            (200, """{"errors":[{"message":"The operation uses at least 3 aliases; the limit is 2.","extensions":{"code":"MAX_ALIASES_EXCEEDED"}}],"extensions":{"cost":{"requested":3,"limit":20000}}}"""),
            (response.Status, response.Body));
    }

    [Fact]
    public async Task FragmentCyclesDoNotHangTheCostAnalysis()
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.PostAsync(Json("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }"));
        Assert.Equal(400, response.Status);
        Assert.Contains("\"rule\":\"NO_FRAGMENT_CYCLES\"", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlowOperationTimesOutWith504()
    {
        await using var host = await TransportTestHost.StartAsync(Settings("Timeout", "00:00:00.200"));
        var response = await host.PostAsync(Json("{ slow }"));
        Assert.Equal(
            (504, """{"errors":[{"message":"The operation has timed out.","extensions":{"code":"TIMEOUT"}}],"extensions":{"cost":{"requested":1,"limit":20000}}}"""),
            (response.Status, response.Body));
    }

    [Fact]
    public async Task TimeoutIs200ForLegacyClients()
    {
        await using var host = await TransportTestHost.StartAsync(Settings("Timeout", "00:00:00.200"));
        var response = await host.PostAsync(Json("{ slow }"), "application/json");
        Assert.Equal(200, response.Status);
        Assert.Contains("\"code\":\"TIMEOUT\"", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InternalErrorsAreMaskedOutsideDevelopment()
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.PostAsync(Json("{ hello fail }"));
        Assert.Equal(
            (200, """{"errors":[{"message":"Error trying to resolve field 'fail'.","locations":[{"line":1,"column":9}],"path":["fail"],"extensions":{"code":"INTERNAL_ERROR"}}],"data":{"hello":"world","fail":null},"extensions":{"cost":{"requested":2,"limit":20000}}}"""),
            (response.Status, response.Body));
    }

    [Fact]
    public async Task InternalErrorsAreDetailedInDevelopment()
    {
        await using var host = await TransportTestHost.StartAsync(environment: "Development");
        var response = await host.PostAsync(Json("{ fail }"));
        Assert.Contains("\"code\":\"INTERNAL_ERROR\",\"codes\":[\"INVALID_OPERATION\"]", response.Body, StringComparison.Ordinal);
        Assert.Contains("System.InvalidOperationException: Secret: the database password is hunter2", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExceptionDetailsCanBeSwitchedOffInDevelopment()
    {
        await using var host = await TransportTestHost.StartAsync(Settings("ExposeExceptionDetails", "false"), environment: "Development");
        var response = await host.PostAsync(Json("{ fail }"));
        Assert.DoesNotContain("hunter2", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperation", response.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task GraphiQLIntrospectionFitsTheDefaultLimits()
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.PostAsync(Json(IntrospectionQuery));
        Assert.Equal(200, response.Status);
        Assert.DoesNotContain("\"errors\"", response.Body, StringComparison.Ordinal);
        Assert.EndsWith(""","extensions":{"cost":{"requested":0,"limit":20000}}}""", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MaxDepth", "0")]
    [InlineData("MaxBatchSize", "0")]
    [InlineData("MaxRequestBytes", "-1")]
    [InlineData("Timeout", "00:00:00")]
    public async Task InvalidOptionsStopTheAppAtStartUp(string name, string value)
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => TransportTestHost.StartAsync(Settings(name, value)));
        Assert.Contains(name, exception.Message, StringComparison.Ordinal);
    }

    /// <summary>graphql-js 16 <c>getIntrospectionQuery()</c>, which GraphiQL sends on load.</summary>
    private const string IntrospectionQuery = """
            query IntrospectionQuery {
              __schema {
                queryType { name kind }
                mutationType { name kind }
                subscriptionType { name kind }
                types {
                  ...FullType
                }
                directives {
                  name
                  description
                  locations
                  args {
                    ...InputValue
                  }
                }
              }
            }
            fragment FullType on __Type {
              kind
              name
              description
              fields(includeDeprecated: true) {
                name
                description
                args {
                  ...InputValue
                }
                type {
                  ...TypeRef
                }
                isDeprecated
                deprecationReason
              }
              inputFields {
                ...InputValue
              }
              interfaces {
                ...TypeRef
              }
              enumValues(includeDeprecated: true) {
                name
                description
                isDeprecated
                deprecationReason
              }
              possibleTypes {
                ...TypeRef
              }
            }
            fragment InputValue on __InputValue {
              name
              description
              type { ...TypeRef }
              defaultValue
            }
            fragment TypeRef on __Type {
              kind
              name
              ofType {
                name
                kind
                ofType {
                  name
                  kind
                  ofType {
                    name
                    kind
                    ofType {
                      name
                      kind
                      ofType {
                        name
                        kind
                        ofType {
                          name
                          kind
                          ofType {
                            name
                            kind
                            ofType {
                              name
                              kind
                              ofType {
                                name
                                kind
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
        """;

    private static Dictionary<string, string?> Settings(string name, string value) => new() { ["GraphQL:" + name] = value };

    private static string Json(string query) => System.Text.Json.JsonSerializer.Serialize(new { query });
}
