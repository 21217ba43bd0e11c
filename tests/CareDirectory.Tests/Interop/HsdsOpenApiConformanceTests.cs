using System.Text.Json;
using System.Text.Json.Nodes;
using CareDirectory.Hsds;
using CareDirectory.Tests.Infrastructure;
using Json.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace CareDirectory.Tests.Interop;

/// <summary>
/// Every <c>/hsds/...</c> endpoint's answer against its response schema in the official HSDS 3.0 OpenAPI document
/// (Fixtures/hsds-official/3.0/openapi.json, with the schemas it names copied beside it from the same commit), over
/// real HTTP: full and empty pages, <c>minimal</c>, and single records; the database holds the seed and the official
/// service_at_location example.
/// </summary>
public sealed class HsdsOpenApiConformanceTests(HsdsOpenApiConformanceTests.App app) : IClassFixture<HsdsOpenApiConformanceTests.App>
{
    /// <summary>Where the OpenAPI document's response schemas point; mapped onto the copies in Fixtures.</summary>
    private const string SchemaBase = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";

    /// <summary>Stands in for the document's own <c>#/components/schemas/Page</c>, which is no URI a schema registry can hold.</summary>
    private const string PageUri = "https://schemas.caredirectory.local/hsds-openapi/3.0/Page.json";

    private static readonly EvaluationOptions _options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private static readonly JsonObject _openApi = JsonNode.Parse(File.ReadAllText(Path.Combine(HsdsOfficialExamples.Folder("3.0"), "openapi.json")))!.AsObject();

    private static readonly Lazy<BuildOptions> _build = new(Register);

    /// <summary>Built once per operation: the registry refuses a second schema under the same URI.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonSchema> _responses = new(StringComparer.Ordinal);

    [Theory]
    [InlineData("/", "/hsds/")]
    [InlineData("/services", "/hsds/services?per_page=3")]
    [InlineData("/services", "/hsds/services?per_page=3&page=2")]
    [InlineData("/services", "/hsds/services?page=999")]
    [InlineData("/services", "/hsds/services?minimal=true&per_page=100")]
    [InlineData("/organizations", "/hsds/organizations?per_page=3")]
    [InlineData("/organizations", "/hsds/organizations?page=999")]
    [InlineData("/service_at_locations", "/hsds/service_at_locations")]
    [InlineData("/taxonomies", "/hsds/taxonomies")]
    [InlineData("/taxonomy_terms", "/hsds/taxonomy_terms?per_page=5")]
    public async Task EveryListAndTheAboutAnswerMatchTheirOfficialResponseSchema(string operation, string url)
    {
        var answer = await GetAsync(url);

        AssertMatches(operation, answer, url);
        if (operation != "/")
        {
            // The Page schema lists the envelope's fields but requires none: each must still be there.
            var envelope = _openApi["components"]!["schemas"]!["Page"]!["properties"]!.AsObject().Select(p => p.Key).Append("contents");
            Assert.All(envelope, field => Assert.True(answer.ContainsKey(field), $"{url} has no {field}"));
        }
    }

    [Theory]
    [InlineData("/services/{id}", "/hsds/services")]
    [InlineData("/organizations/{id}", "/hsds/organizations")]
    public async Task EverySingleRecordOfTheFirstPageMatchesItsOfficialResponseSchema(string operation, string list)
    {
        var ids = (await GetAsync($"{list}?per_page=10"))["contents"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(ids);

        foreach (var id in ids)
        {
            var url = $"{list}/{id}";
            AssertMatches(operation, await GetAsync(url), url);
        }
    }

    [Fact]
    public void TheCheckCatchesAnAnswerTheSchemaRefuses()
    {
        // Without this, a schema that matched anything (a $ref that resolved to nothing) would pass every test above.
        var broken = new JsonObject { ["total_items"] = "many", ["contents"] = new JsonArray(new JsonObject { ["id"] = "not-a-uuid" }) };

        Assert.False(Schema("/services").Evaluate(JsonSerializer.SerializeToElement(broken), _options).IsValid);
    }

    private static void AssertMatches(string operation, JsonObject answer, string url)
    {
        var result = Schema(operation).Evaluate(JsonSerializer.SerializeToElement(answer), _options);
        var errors = (result.Details ?? []).Prepend(result).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).Take(20).ToList();
        Assert.True(result.IsValid, $"{url} does not match the response schema of GET {operation}:\n{string.Join('\n', errors)}");
    }

    /// <summary>The 200 response schema of <c>GET operation</c>, as the OpenAPI document states it.</summary>
    private static JsonSchema Schema(string operation) => _responses.GetOrAdd(operation, BuildSchema);

    private static JsonSchema BuildSchema(string operation)
    {
        var schema = _openApi["paths"]![operation]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!.ToJsonString()
            .Replace("#/components/schemas/Page", PageUri, StringComparison.Ordinal);
        return JsonSchema.FromText(schema, _build.Value, new Uri($"https://schemas.caredirectory.local/hsds-openapi/3.0/responses{operation.Replace("{id}", "id", StringComparison.Ordinal)}.json"));
    }

    /// <summary>The copies of the schemas the document points to, registered under the URLs it uses.</summary>
    private static BuildOptions Register()
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft202012 };
        var folder = Path.Combine(HsdsOfficialExamples.Folder("3.0"), "schema");
        // metadata.json first: the taxonomy schemas refer to it, and taxonomy_term to taxonomy.
        var files = Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .OrderBy(f => f switch { "metadata.json" => 0, "taxonomy.json" => 1, _ => 2 }).ThenBy(f => f, StringComparer.Ordinal);
        foreach (var file in files)
        {
            JsonSchema.FromText(File.ReadAllText(Path.Combine(folder, file)), options, new Uri(SchemaBase + file));
        }

        JsonSchema.FromText(_openApi["components"]!["schemas"]!["Page"]!.ToJsonString(), options, new Uri(PageUri));
        return options;
    }

    private async Task<JsonObject> GetAsync(string url)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>The seeded application with the official service_at_location example imported, so that list has records.</summary>
    public sealed class App : DirectoryAppFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            var importer = Services.GetRequiredService<HsdsImporter>();
            await importer.ImportAsync(new HsdsImportOptions { Path = Path.Combine(HsdsOfficialExamples.Folder("3.0"), "service_at_location_full.json"), State = "NJ" }, null, CancellationToken.None);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }
}
