using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareDirectory.Tests.Infrastructure;

/// <summary>Posts GraphQL operations to the app's real /graphql endpoint, as an integrator's client would.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public sealed record Response(HttpStatusCode Status, JsonNode Body)
    {
        public JsonNode? Data => Body["data"];

        public JsonArray Errors => Body["errors"] as JsonArray ?? [];

        /// <summary>The <c>extensions.code</c> of every error, in order.</summary>
        public List<string?> ErrorCodes => Errors.Select(e => e?["extensions"]?["code"]?.GetValue<string>()).ToList();

        /// <summary>Asserts the operation ran without errors and returns its data.</summary>
        public JsonNode Ok()
        {
            Assert.True(Errors.Count == 0, $"unexpected errors: {Errors.ToJsonString()}");
            return Data!;
        }
    }

    /// <param name="bearer">An API key's secret, for mutations.</param>
    public async Task<Response> QueryAsync(string query, object? variables = null, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (bearer is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        using var response = await http.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? new JsonObject();
        return new Response(response.StatusCode, body);
    }

    public static string Pretty(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}
