using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareDirectory.Data;
using CareDirectory.Domain;
using CareDirectory.Editing;
using CareDirectory.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareDirectory.Tests.Mutations;

/// <summary>
/// The real application (fresh seeded SQLite per instance) with what editor tests need: keys made through the
/// real <see cref="ApiKeyRegistry"/>, GraphQL over HTTP with a bearer key, and direct reads to prove what was written.
/// </summary>
internal sealed class EditorApp : IDisposable
{
    public const string Bergen = "34003";
    public const string Passaic = "34031";

    private readonly HttpClient _client;

    public EditorApp(params (string Key, string Value)[] settings)
    {
        Factory = new DirectoryAppFactory();
        foreach (var (key, value) in settings)
        {
            Factory.With(key, value);
        }

        _client = Factory.CreateClient();
    }

    public DirectoryAppFactory Factory { get; }

    /// <summary>A new key's secret; <paramref name="scope"/> as on the command line (<c>county:34003</c>, <c>admin</c>, <c>partner:&lt;uuid&gt;</c>).</summary>
    public async Task<string> KeyAsync(string scope, TimeSpan? lifetime = null)
    {
        Assert.True(ApiKeyScope.TryParse(scope, out var parsed));
        var (_, secret) = await Factory.Services.GetRequiredService<ApiKeyRegistry>().CreateAsync(parsed, $"test {scope}", lifetime, CancellationToken.None);
        return secret;
    }

    public async Task<Guid> KeyIdAsync(string secret)
    {
        var check = await Factory.Services.GetRequiredService<ApiKeyRegistry>().CheckAsync(secret, CancellationToken.None);
        return check.Editor!.KeyId;
    }

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        using var response = await _client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return new GraphQLResponse(response.StatusCode, response.Headers, body);
    }

    /// <summary>
    /// How a client reads a payload's errors under HotChocolate's conventions: the <c>errors</c> union's members share
    /// <c>Error.message</c>; our stable <c>code</c> and input <c>path</c> are fields of each error type.
    /// </summary>
    public const string ErrorsSelection =
        "errors { __typename ... on Error { message } ... on ValidationError { code path } ... on ConflictError { code path } ... on NotFoundError { code path } ... on ForbiddenError { code path } }";

    /// <summary>A mutation's payload (<c>data.&lt;field&gt;</c>), failing if the response has top-level errors. The input type is <c>&lt;Field&gt;Input</c>, as the convention names it.</summary>
    public async Task<JsonNode> MutateAsync(string field, string selection, object input, string key)
    {
        var inputType = char.ToUpperInvariant(field[0]) + field[1..] + "Input";
        var response = await PostAsync($"mutation($input: {inputType}!) {{ {field}(input: $input) {{ {selection} {ErrorsSelection} }} }}", new { input }, key);
        Assert.True(response.Body["errors"] is null, response.Body.ToJsonString());
        return response.Body["data"]![field]!;
    }

    public async Task<T> ReadAsync<T>(Func<DirectoryDbContext, Task<T>> read)
    {
        await using var db = Factory.CreateDbContext();
        return await read(db);
    }

    public Task<Partner> PartnerAsync(string key) =>
        ReadAsync(db => db.Partners.IgnoreQueryFilters().AsNoTracking().Include(p => p.ServiceAreas).SingleAsync(p => p.Key == key));

    /// <summary>Counts of the tables a refused write must leave alone.</summary>
    public Task<(int Partners, int Programs, int Meetings, int Resources, int Audit, int Changes)> CountsAsync() =>
        ReadAsync(async db => (
            await db.Partners.IgnoreQueryFilters().CountAsync(),
            await db.Programs.IgnoreQueryFilters().CountAsync(),
            await db.Meetings.IgnoreQueryFilters().CountAsync(),
            await db.EducatorResources.IgnoreQueryFilters().CountAsync(),
            await db.AuditLog.CountAsync(),
            await db.ChangeLog.CountAsync()));

    /// <summary>A partner confined to one county, created with an admin key (the seed has none outside Bergen).</summary>
    public async Task<(string Id, int Version)> CountyPartnerAsync(string fips, string name)
    {
        var admin = await KeyAsync("admin");
        var payload = await MutateAsync("createPartner", "partner { id version }",
            new { state = "NJ", name, serviceAreas = new[] { new { kind = "COUNTY", code = fips } } }, admin);
        PartnerMutationTests.AssertNoErrors(payload);
        return (payload["partner"]!["id"]!.GetValue<string>(), payload["partner"]!["version"]!.GetValue<int>());
    }

    public static string IdOf(string type, Guid id) => PublicId.Encode(type, id);

    public void Dispose()
    {
        _client.Dispose();
        Factory.Dispose();
    }
}

internal sealed record GraphQLResponse(HttpStatusCode Status, HttpResponseHeaders Headers, JsonNode Body)
{
    public string? FirstErrorCode => Body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    public JsonNode Data(string field) => Body["data"]![field]!;
}
