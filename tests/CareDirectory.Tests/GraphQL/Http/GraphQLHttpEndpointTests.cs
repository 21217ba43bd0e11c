using CareDirectory.GraphQL.Http;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CareDirectory.Tests.GraphQL.Http;

/// <summary>GraphQL over HTTP: media types, status codes, request shapes, batches and CSRF rules.</summary>
public sealed class GraphQLHttpEndpointTests
{
    private const string Hello = """{"query":"{ hello }"}""";
    private const string HelloResponse = """{"data":{"hello":"world"},""" + MediaTypes.HelloCost + "}";

    [Fact]
    public async Task PostAnswersInGraphQLResponseJsonWhenAccepted()
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.PostAsync(Hello);
        Assert.Equal((200, MediaTypes.GraphQLResponse, HelloResponse), (response.Status, response.ContentType, response.Body));
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("*/*")]
    [InlineData("application/*")]
    [InlineData(null)]
    [InlineData("application/graphql-response+json;q=0.5, application/json")]
    public async Task PostAnswersInApplicationJsonForLegacyClients(string? accept)
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.PostAsync(Hello, accept);
        Assert.Equal((200, MediaTypes.Json, HelloResponse), (response.Status, response.ContentType, response.Body));
    }

    [Fact]
    public async Task PostPrefersGraphQLResponseJsonWhenBothAreNamed()
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.PostAsync(Hello, "application/json, application/graphql-response+json");
        Assert.Equal((200, MediaTypes.GraphQLResponse), (response.Status, response.ContentType));
    }

    [Theory]
    [InlineData("text/xml")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    public async Task UnacceptableAcceptIs406(string accept)
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.PostAsync(Hello, accept);
        Assert.Equal(
            (406, MediaTypes.Json, """{"errors":[{"message":"Responses are application/graphql-response+json or application/json; the Accept header allows neither.","extensions":{"code":"NOT_ACCEPTABLE"}}]}"""),
            (response.Status, response.ContentType, response.Body));
    }

    [Fact]
    public async Task VariablesAndOperationNameAreUsed()
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.PostAsync("""{"query":"query A { hello } query B($t: String!) { echo(text: $t) }","operationName":"B","variables":{"t":"hi"},"extensions":{"some":"value"}}""");
        Assert.Equal((200, """{"data":{"echo":"hi"},"extensions":{"cost":{"requested":1,"limit":20000}}}"""), (response.Status, response.Body));
    }

    [Fact]
    public async Task NullParametersAreAllowed()
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.PostAsync("""{"query":"{ hello }","operationName":null,"variables":null,"extensions":null}""");
        Assert.Equal((200, HelloResponse), (response.Status, response.Body));
    }

    [Fact]
    public async Task DocumentParseErrorIs400WithoutData()
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.PostAsync("""{"query":"{"}""");
        Assert.Equal(
            (400, MediaTypes.GraphQLResponse, """{"errors":[{"message":"Error parsing query: Expected Name, found EOF; for more information see http://spec.graphql.org/October2021/#Field","locations":[{"line":1,"column":2}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}],"extensions":{"cost":{"requested":0,"limit":20000}}}"""),
            (response.Status, response.ContentType, response.Body));
    }

    [Fact]
    public async Task DocumentParseErrorIs200ForLegacyClients()
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.PostAsync("""{"query":"{"}""", "application/json");
        Assert.Equal((200, MediaTypes.Json), (response.Status, response.ContentType));
        Assert.Contains("\"code\":\"GRAPHQL_PARSE_FAILED\"", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidationErrorIs400WithoutData()
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.PostAsync("""{"query":"{ nope }"}""");
        Assert.Equal(
            (400, MediaTypes.GraphQLResponse, """{"errors":[{"message":"Cannot query field 'nope' on type 'Query'.","locations":[{"line":1,"column":3}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED","number":"5.3.1","rule":"FIELDS_ON_CORRECT_TYPE"}}],"extensions":{"cost":{"requested":0,"limit":20000}}}"""),
            (response.Status, response.ContentType, response.Body));
    }

    [Fact]
    public async Task ValidationErrorIs200ForLegacyClients()
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.PostAsync("""{"query":"{ nope }"}""", "application/json");
        Assert.Equal((200, MediaTypes.Json), (response.Status, response.ContentType));
        Assert.Contains("\"code\":\"GRAPHQL_VALIDATION_FAILED\"", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VariableCoercionFailureIs400()
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.PostAsync("""{"query":"query E($t: String!) { echo(text: $t) }","variables":{"t":null}}""");
        Assert.Equal(400, response.Status);
        Assert.Contains("\"code\":\"INVALID_VARIABLES\"", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"notquery":"{ hello }"}""", "QUERY_MISSING", "The request has no 'query' (or 'documentId').")]
    [InlineData("""{"query":null}""", "QUERY_MISSING", "The request has no 'query' (or 'documentId').")]
    [InlineData("""{"query":0}""", "INVALID_REQUEST", "'query' must be a string.")]
    [InlineData("""{"query":{"obj":"ect"}}""", "INVALID_REQUEST", "'query' must be a string.")]
    [InlineData("""{"query":"{ hello }","operationName":false}""", "INVALID_REQUEST", "'operationName' must be a string.")]
    [InlineData("""{"query":"{ hello }","variables":"string"}""", "INVALID_REQUEST", "'variables' must be a JSON object.")]
    [InlineData("""{"query":"{ hello }","variables":0}""", "INVALID_REQUEST", "'variables' must be a JSON object.")]
    [InlineData("""{"query":"{ hello }","variables":["array"]}""", "INVALID_REQUEST", "'variables' must be a JSON object.")]
    [InlineData("""{"query":"{ hello }","extensions":false}""", "INVALID_REQUEST", "'extensions' must be a JSON object.")]
    [InlineData("\"{ hello }\"", "INVALID_REQUEST", "A GraphQL request must be a JSON object.")]
    [InlineData("{ \"not a JSON", "INVALID_JSON", "The request body is not valid JSON.")]
    [InlineData("", "INVALID_JSON", "The request body is empty.")]
    [InlineData("[]", "BATCH_EMPTY", "The batch is empty.")]
    public async Task MalformedRequestIs400(string body, string code, string message)
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.PostAsync(body);
        Assert.Equal(
            (400, MediaTypes.GraphQLResponse, $$$"""{"errors":[{"message":"{{{message}}}","extensions":{"code":"{{{code}}}"}}]}"""),
            (response.Status, response.ContentType, response.Body));
    }

    [Theory]
    [InlineData("application/xml")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=utf-16")]
    public async Task UnsupportedContentTypeIs415(string contentType)
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.PostAsync(Hello, contentType: contentType);
        Assert.Equal(415, response.Status);
        Assert.Contains("\"code\":\"UNSUPPORTED_MEDIA_TYPE\"", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/plain; charset=utf-8")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData(null)]
    public async Task SimplePostWithoutPreflightHeaderIsRefusedAsCsrf(string? contentType)
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.PostAsync(Hello, contentType: contentType);
        Assert.Equal(
            (400, """{"errors":[{"message":"This POST request was blocked as a possible cross-site request forgery. Send the body as application/json.","extensions":{"code":"PREFLIGHT_REQUIRED"}}]}"""),
            (response.Status, response.Body));
    }

    [Theory]
    [InlineData("GraphQL-Preflight")]
    [InlineData("Apollo-Require-Preflight")]
    public async Task SimplePostWithPreflightHeaderIs415(string header)
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.PostAsync(Hello, contentType: "text/plain", headers: (header, "1"));
        Assert.Equal(415, response.Status);
        Assert.Contains("\"code\":\"UNSUPPORTED_MEDIA_TYPE\"", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BodyOverTheLimitIs413()
    {
        await using var host = await TransportTestHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:MaxRequestBytes"] = "64" });
        var response = await host.PostAsync($$$"""{"query":"{ hello }","extensions":{"padding":"{{{new string('x', 100)}}}"}}""");
        Assert.Equal(
            (413, """{"errors":[{"message":"The request body is larger than 64 bytes.","extensions":{"code":"REQUEST_TOO_LARGE"}}]}"""),
            (response.Status, response.Body));
    }

    [Fact]
    public async Task BodyOverTheLimitWithoutContentLengthIs413()
    {
        await using var host = await TransportTestHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:MaxRequestBytes"] = "64" });
        using var request = new HttpRequestMessage(HttpMethod.Post, host.Endpoint)
        {
            Content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(new string(' ', 100) + Hello))),
        };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;
        var response = await host.SendAsync(request, "application/json");
        Assert.Equal(413, response.Status);
    }

    [Fact]
    public async Task GetRunsQueryForClientsNamingGraphQLMediaType()
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.GetAsync("query=" + Uri.EscapeDataString("query Q($t: String!) { echo(text: $t) }") + "&variables=" + Uri.EscapeDataString("""{"t":"hi"}""") + "&operationName=Q");
        Assert.Equal(
            (200, MediaTypes.GraphQLResponse, """{"data":{"echo":"hi"},"extensions":{"cost":{"requested":1,"limit":20000}}}"""),
            (response.Status, response.ContentType, response.Body));
    }

    [Fact]
    public async Task GetWithApplicationJsonAcceptRuns()
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.GetAsync("query=%7B%20hello%20%7D", "application/json");
        Assert.Equal((200, MediaTypes.Json, HelloResponse, "Accept"), (response.Status, response.ContentType, response.Body, response.Headers["Vary"]));
    }

    [Theory]
    [InlineData("*/*")]
    [InlineData(null)]
    [InlineData("image/*, */*;q=0.8")]
    public async Task GetWithoutPreflightFromBrowserLikeClientIsRefusedAsCsrf(string? accept)
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.GetAsync("query=%7B%20hello%20%7D", accept);
        Assert.Equal(
            (400, MediaTypes.Json, """{"errors":[{"message":"This GET request was blocked as a possible cross-site request forgery. Send a 'GraphQL-Preflight: 1' header, or an Accept header naming application/graphql-response+json or application/json.","extensions":{"code":"PREFLIGHT_REQUIRED"}}]}"""),
            (response.Status, response.ContentType, response.Body));
    }

    [Theory]
    [InlineData("GraphQL-Preflight")]
    [InlineData("Apollo-Require-Preflight")]
    public async Task GetWithPreflightHeaderRuns(string header)
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.GetAsync("query=%7B%20hello%20%7D", "*/*", (header, "1"));
        Assert.Equal((200, MediaTypes.Json, HelloResponse), (response.Status, response.ContentType, response.Body));
    }

    [Theory]
    [InlineData("query=%7B%20hello%20%7D&query=%7B%20hello%20%7D", "The parameter 'query' appears more than once.")]
    [InlineData("query=%7B%20hello%20%7D&variables=%5B1%5D", "'variables' must be a JSON object.")]
    [InlineData("query=%7B%20hello%20%7D&variables=nope", "'variables' must be a JSON object.")]
    [InlineData("query=%7B%20hello%20%7D&extensions=1", "'extensions' must be a JSON object.")]
    public async Task MalformedGetIs400(string queryString, string message)
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.GetAsync(queryString);
        Assert.Equal(
            (400, $$$"""{"errors":[{"message":"{{{message}}}","extensions":{"code":"INVALID_REQUEST"}}]}"""),
            (response.Status, response.Body));
    }

    [Fact]
    public async Task GetWithoutQueryIs400()
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.GetAsync("");
        Assert.Equal(400, response.Status);
        Assert.Contains("\"code\":\"QUERY_MISSING\"", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MutationOverGetIs405WithAllowPost()
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.GetAsync("query=" + Uri.EscapeDataString("mutation { touch }"));
        Assert.Equal(
            (405, "POST", """{"errors":[{"message":"GET requests may only run queries; send a mutation with POST.","extensions":{"code":"METHOD_NOT_ALLOWED"}}]}"""),
            (response.Status, response.Headers["Allow"], response.Body));
    }

    [Fact]
    public async Task MutationOverPostRuns()
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.PostAsync("""{"query":"mutation { touch }"}""");
        Assert.Equal((200, """{"data":{"touch":1},"extensions":{"cost":{"requested":1,"limit":20000}}}"""), (response.Status, response.Body));
    }

    [Fact]
    public async Task OtherMethodsAre405()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Put, host.Endpoint) { Content = new StringContent(Hello) };
        var response = await host.SendAsync(request, "application/json");
        Assert.Equal((405, "GET, POST"), (response.Status, response.Headers["Allow"]));
    }

    [Fact]
    public async Task BatchRunsEachOperationInOrder()
    {
        await using var host = await TransportTestHost.StartAsync();
        var response = await host.PostAsync("""[{"query":"{ hello }"},{"query":"{ echo(text: \"b\") }"},{"query":"{ nope }"}]""");
        Assert.Equal(200, response.Status);
        Assert.Equal(MediaTypes.GraphQLResponse, response.ContentType);
        Assert.StartsWith(
            """[{"data":{"hello":"world"},""" + MediaTypes.HelloCost + """},{"data":{"echo":"b"},"extensions":{"cost":{"requested":1,"limit":20000}}},{"errors":[{"message":"Cannot query field""",
            response.Body,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task BatchOverTheCapIs400()
    {
        await using var host = await TransportTestHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:MaxBatchSize"] = "2" });
        var response = await host.PostAsync("[" + string.Join(',', Enumerable.Repeat(Hello, 3)) + "]");
        Assert.Equal(
            (400, """{"errors":[{"message":"The batch has 3 operations; the limit is 2.","extensions":{"code":"BATCH_SIZE_EXCEEDED"}}]}"""),
            (response.Status, response.Body));
    }

    [Fact]
    public async Task EnrichersPutRequestScopedValuesIntoTheOperation()
    {
        await using var host = await TransportTestHost.StartAsync(configureServices: services =>
        {
            services.AddScoped<IGraphQLRequestEnricher, ApiKeyEnricher>();
        });
        var response = await host.PostAsync("""{"query":"{ caller }"}""", headers: ("X-Api-Key", "county-site"));
        Assert.Equal("""{"data":{"caller":"county-site"},"extensions":{"cost":{"requested":1,"limit":20000}}}""", response.Body);
    }

    private sealed class ApiKeyEnricher : IGraphQLRequestEnricher
    {
        public ValueTask EnrichAsync(HttpContext httpContext, ExecutionOptions options, CancellationToken cancellationToken)
        {
            options.UserContext["caller"] = httpContext.Request.Headers["X-Api-Key"].ToString();
            return ValueTask.CompletedTask;
        }
    }
}
