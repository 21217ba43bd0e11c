using System.Text.Json;
using System.Text.Json.Nodes;
using CareDirectory.Hsds;
using CareDirectory.Tests.Infrastructure;
using Json.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace CareDirectory.Tests.Interop;

/// <summary>
/// Every <c>/hsds/...</c> endpoint's answer against its response schema in the official HSDS 3.0 and 3.1 OpenAPI
/// documents (Fixtures/hsds-official/{3.0,3.1}/openapi.json, with the schemas they name copied beside them from the same
/// commit), over real HTTP: full and empty pages, <c>minimal</c>, and single records, GET and (3.1) POST; the database
/// holds the seed and the official 3.1 service_at_location example, so kept 3.1 fields are in the answers.
/// The 3.1 document, at the commit its schemas come from, still names the 3.0 schema URLs: its response schemas are
/// taken from the 3.1 commit, registered under the URLs the document uses (the 3.0 run checks the 3.0 ones).
/// </summary>
public sealed class HsdsOpenApiConformanceTests(HsdsOpenApiConformanceTests.App app) : IClassFixture<HsdsOpenApiConformanceTests.App>
{
    /// <summary>Where both OpenAPI documents' response schemas point; mapped onto the copies in Fixtures.</summary>
    private const string SchemaBase = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";

    private static readonly EvaluationOptions _options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private static readonly Dictionary<string, OpenApi> _documents = new(StringComparer.Ordinal) { ["3.0"] = new("3.0"), ["3.1"] = new("3.1") };

    /// <summary>Every list we answer, as (OpenAPI path, URL); each is asked with GET and, where the document has it, POST.</summary>
    public static TheoryData<string, string, string> Lists()
    {
        (string Operation, string Url)[] lists =
        [
            ("/", "/hsds/"),
            ("/services", "/hsds/services?per_page=3"),
            ("/services", "/hsds/services?per_page=3&page=2"),
            ("/services", "/hsds/services?page=999"),
            ("/services", "/hsds/services?minimal=true&per_page=100"),
            ("/organizations", "/hsds/organizations?per_page=3"),
            ("/organizations", "/hsds/organizations?page=999"),
            ("/service_at_locations", "/hsds/service_at_locations"),
            ("/taxonomies", "/hsds/taxonomies"),
            ("/taxonomy_terms", "/hsds/taxonomy_terms?per_page=5"),
        ];
        var data = new TheoryData<string, string, string>();
        foreach (var version in _documents.Keys)
        {
            foreach (var (operation, url) in lists)
            {
                data.Add(version, operation, url);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task EveryListAndTheAboutAnswerMatchTheirOfficialResponseSchema(string version, string operation, string url)
    {
        var document = _documents[version];
        foreach (var method in document.Methods(operation))
        {
            var answer = await AskAsync(method, url);

            document.AssertMatches(operation, method, answer, url);
            if (operation != "/")
            {
                // The Page schema lists the envelope's fields but requires none: each must still be there.
                Assert.All(document.PageFields, field => Assert.True(answer.ContainsKey(field), $"{method} {url} has no {field}"));
            }
        }
    }

    [Theory]
    [InlineData("3.0", "/services/{id}", "/hsds/services")]
    [InlineData("3.0", "/organizations/{id}", "/hsds/organizations")]
    [InlineData("3.1", "/services/{id}", "/hsds/services")]
    [InlineData("3.1", "/organizations/{id}", "/hsds/organizations")]
    [InlineData("3.0", "/taxonomies/{id}", "/hsds/taxonomies")]
    [InlineData("3.0", "/taxonomy_terms/{id}", "/hsds/taxonomy_terms")]
    [InlineData("3.1", "/taxonomies/{id}", "/hsds/taxonomies")]
    [InlineData("3.1", "/taxonomy_terms/{id}", "/hsds/taxonomy_terms")]
    public async Task EverySingleRecordOfTheFirstPageMatchesItsOfficialResponseSchema(string version, string operation, string list)
    {
        var ids = (await AskAsync("get", $"{list}?per_page=10"))["contents"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(ids);

        foreach (var id in ids)
        {
            var url = $"{list}/{id}";
            _documents[version].AssertMatches(operation, "get", await AskAsync("get", url), url);
        }
    }

    [Fact]
    public async Task TheImportedThreeOneFieldsAreInTheAnswersThatWereChecked()
    {
        // Otherwise the 3.1 run would only prove that 3.0-shaped answers pass the 3.1 schemas.
        var sal = JsonNode.Parse(File.ReadAllText(Path.Combine(HsdsOfficialExamples.Folder("3.1"), "service_at_location_full.json")))!;
        var service = await AskAsync("get", $"/hsds/services/{sal["service"]!["id"]!.GetValue<string>()}");

        Assert.True(JsonNode.DeepEquals(sal["service"]!["capacities"], service["capacities"]), service.ToJsonString());
        Assert.True(JsonNode.DeepEquals(sal["service"]!["additional_urls"], service["additional_urls"]), service.ToJsonString());
    }

    [Theory]
    [InlineData("3.0")]
    [InlineData("3.1")]
    public async Task EveryOperationOfTheDocumentIsCheckedOrListedAsNotServed(string version)
    {
        var document = _documents[version];
        var checkedOperations = Lists().Select(row => (string)row[1]).Concat(["/services/{id}", "/organizations/{id}", "/taxonomies/{id}", "/taxonomy_terms/{id}"]).ToHashSet(StringComparer.Ordinal);

        foreach (var (operation, method) in document.Operations)
        {
            if (NotServed.ContainsKey(operation))
            {
                var url = "/hsds" + operation.Replace("{id}", Guid.NewGuid().ToString(), StringComparison.Ordinal);
                using var client = app.CreateClient();
                var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative)));
                Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
            }
            else
            {
                Assert.Contains(operation, checkedOperations);
            }
        }
    }

    [Theory]
    [InlineData("3.0")]
    [InlineData("3.1")]
    public void TheCheckCatchesAnAnswerTheSchemaRefuses(string version)
    {
        // Without this, a schema that matched anything (a $ref that resolved to nothing) would pass every test above.
        var broken = new JsonObject { ["total_items"] = "many", ["contents"] = new JsonArray(new JsonObject { ["id"] = "not-a-uuid" }) };

        Assert.False(_documents[version].Schema("/services", "get").Evaluate(JsonSerializer.SerializeToElement(broken), _options).IsValid);
    }

    /// <summary>Operations of the documents we do not serve, and why (docs/hsds.md says the same).</summary>
    private static readonly Dictionary<string, string> NotServed = new(StringComparer.Ordinal)
    {
        ["/service_at_locations/{id}"] = "its document names the service schema for a service_at_location, which no service_at_location can match",
    };

    private async Task<JsonObject> AskAsync(string method, string url)
    {
        using var client = app.CreateClient();
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative)));
        Assert.True(response.IsSuccessStatusCode, $"{method} {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>One version's OpenAPI document with the schemas its responses name.</summary>
    private sealed class OpenApi
    {
        private readonly string _version;
        private readonly JsonObject _document;
        private readonly Lazy<BuildOptions> _build;

        /// <summary>Built once per operation: the registry refuses a second schema under the same URI.</summary>
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonSchema> _responses = new(StringComparer.Ordinal);

        public OpenApi(string version)
        {
            _version = version;
            _document = JsonNode.Parse(File.ReadAllText(Path.Combine(HsdsOfficialExamples.Folder(version), "openapi.json")))!.AsObject();
            _build = new Lazy<BuildOptions>(Register);
        }

        /// <summary>Stands in for the document's own <c>#/components/schemas/Page</c>, which is no URI a schema registry can hold.</summary>
        private string PageUri => $"https://schemas.caredirectory.local/hsds-openapi/{_version}/Page.json";

        public IEnumerable<string> PageFields => _document["components"]!["schemas"]!["Page"]!["properties"]!.AsObject().Select(p => p.Key).Append("contents");

        public IEnumerable<(string Operation, string Method)> Operations =>
            _document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Where(m => m.Key is "get" or "post").Select(m => (p.Key, m.Key)));

        public IEnumerable<string> Methods(string operation) => _document["paths"]![operation]!.AsObject().Select(m => m.Key).Where(m => m is "get" or "post");

        public void AssertMatches(string operation, string method, JsonObject answer, string url)
        {
            var result = Schema(operation, method).Evaluate(JsonSerializer.SerializeToElement(answer), _options);
            var errors = (result.Details ?? []).Prepend(result).Where(d => d.Errors is not null)
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).Take(20).ToList();
            Assert.True(result.IsValid, $"{method} {url} does not match the HSDS {_version} response schema of {method} {operation}:\n{string.Join('\n', errors)}");
        }

        /// <summary>The 200 response schema of <c>method operation</c>, as the OpenAPI document states it.</summary>
        public JsonSchema Schema(string operation, string method) => _responses.GetOrAdd($"{method} {operation}", _ => Build(operation, method));

        private JsonSchema Build(string operation, string method)
        {
            var schema = _document["paths"]![operation]![method]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!.ToJsonString()
                .Replace("#/components/schemas/Page", PageUri, StringComparison.Ordinal)
                .Replace(SchemaBase, SchemaBaseOfThisVersion, StringComparison.Ordinal);
            var name = operation.Replace("{id}", "id", StringComparison.Ordinal);
            return JsonSchema.FromText(schema, _build.Value, new Uri($"https://schemas.caredirectory.local/hsds-openapi/{_version}/{method}{name}.json"));
        }

        /// <summary>Each version's copies are registered under a URI of their own, so both documents live in one process.</summary>
        private string SchemaBaseOfThisVersion => $"https://schemas.caredirectory.local/hsds-official/{_version}/schema/";

        /// <summary>The copies of the schemas the document points to.</summary>
        private BuildOptions Register()
        {
            var options = new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft202012 };
            var folder = Path.Combine(HsdsOfficialExamples.Folder(_version), "schema");
            // metadata.json first: the taxonomy schemas refer to it, and taxonomy_term to taxonomy.
            var files = Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
                .OrderBy(f => f switch { "metadata.json" => 0, "taxonomy.json" => 1, _ => 2 }).ThenBy(f => f, StringComparer.Ordinal);
            foreach (var file in files)
            {
                JsonSchema.FromText(File.ReadAllText(Path.Combine(folder, file)), options, new Uri(SchemaBaseOfThisVersion + file));
            }

            JsonSchema.FromText(_document["components"]!["schemas"]!["Page"]!.ToJsonString(), options, new Uri(PageUri));
            return options;
        }
    }

    /// <summary>The seeded application with the official 3.1 service_at_location example imported, so that list has records and 3.1 fields.</summary>
    public sealed class App : DirectoryAppFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            var importer = Services.GetRequiredService<HsdsImporter>();
            await importer.ImportAsync(new HsdsImportOptions { Path = Path.Combine(HsdsOfficialExamples.Folder("3.1"), "service_at_location_full.json"), State = "NJ" }, null, CancellationToken.None);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }
}
