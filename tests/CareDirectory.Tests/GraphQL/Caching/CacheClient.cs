using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareDirectory.Tests.GraphQL.Caching;

/// <summary>GET and POST to <c>/graphql</c> as an integrator's HTTP client sends them, keeping the caching headers of each answer.</summary>
internal sealed class CacheClient(HttpClient http)
{
    public sealed record Answer(HttpStatusCode Status, string Body, string? ETag, string? CacheControl, string? Vary)
    {
        public JsonNode Json => JsonNode.Parse(Body)!;

        public bool HasErrors => Json["errors"] is not null;
    }

    public Task<Answer> GetAsync(string query, object? variables = null, string? key = null, string? ifNoneMatch = null)
    {
        var url = "/graphql?query=" + Uri.EscapeDataString(query) + (variables is null ? "" : "&variables=" + Uri.EscapeDataString(JsonSerializer.Serialize(variables)));
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return SendAsync(request, key);
    }

    public Task<Answer> PostAsync(string query, object? variables = null, string? key = null) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        }, key);

    /// <summary>The header as the server wrote it (the typed properties reorder Cache-Control's directives).</summary>
    private static string? Raw(HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.TryGetValues(name, out var values) ? string.Join(", ", values) : null;

    private async Task<Answer> SendAsync(HttpRequestMessage request, string? key)
    {
        using (request)
        {
            request.Headers.Accept.ParseAdd("application/graphql-response+json");
            if (key is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            }

            using var response = await http.SendAsync(request);
            return new Answer(
                response.StatusCode,
                await response.Content.ReadAsStringAsync(),
                Raw(response, "ETag"),
                Raw(response, "Cache-Control"),
                Raw(response, "Vary"));
        }
    }
}
