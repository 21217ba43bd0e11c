using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.GraphQL;

/// <summary>Introspection as the current spec (October 2021 and the working draft) has it, which client generators read.</summary>
public sealed class IntrospectionTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private readonly GraphQLClient _client = new(app.CreateClient());

    [Theory]
    [InlineData("Date", "https://scalars.graphql.org/andimarek/local-date.html")]
    [InlineData("DateTime", "https://scalars.graphql.org/andimarek/date-time.html")]
    [InlineData("Long", "https://www.rfc-editor.org/rfc/rfc8259#section-6")]
    public async Task CustomScalarsNameTheirSpecification(string scalar, string url)
    {
        var type = (await _client.QueryAsync("query($name: String!) { __type(name: $name) { kind specifiedByURL } }", new { name = scalar })).Ok()["__type"]!;
        Assert.Equal("SCALAR", type["kind"]!.GetValue<string>());
        Assert.Equal(url, type["specifiedByURL"]!.GetValue<string>());
    }

    [Fact]
    public async Task SpecScalarsAndOtherTypesHaveNoSpecificationUrl()
    {
        var data = (await _client.QueryAsync("""{ string: __type(name: "String") { specifiedByURL } partner: __type(name: "Partner") { specifiedByURL } }""")).Ok();
        Assert.Null(data["string"]!["specifiedByURL"]);
        Assert.Null(data["partner"]!["specifiedByURL"]);
    }

    [Fact]
    public async Task EveryDirectiveIsListedWithIsRepeatableAndDeprecatableArguments()
    {
        var directives = (await _client.QueryAsync("""{ __schema { directives { name isRepeatable locations args(includeDeprecated: true) { name isDeprecated } } } }""")).Ok()["__schema"]!["directives"]!.AsArray();
        Assert.Equal(["cacheControl", "deprecated", "include", "oneOf", "skip", "specifiedBy"], directives.Select(d => d!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.All(directives, d => Assert.False(d!["isRepeatable"]!.GetValue<bool>()));
        var deprecated = directives.Single(d => d!["name"]!.GetValue<string>() == "deprecated")!;
        Assert.Equal(["ARGUMENT_DEFINITION", "ENUM_VALUE", "FIELD_DEFINITION", "INPUT_FIELD_DEFINITION"], deprecated["locations"]!.AsArray().Select(l => l!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal("url", directives.Single(d => d!["name"]!.GetValue<string>() == "specifiedBy")!["args"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task ArgumentsAndInputFieldsTakeIncludeDeprecated()
    {
        var data = (await _client.QueryAsync("""{ __type(name: "Query") { fields { name args(includeDeprecated: true) { name isDeprecated deprecationReason } } } partnerFilter: __type(name: "PartnerFilterInput") { inputFields(includeDeprecated: true) { name isDeprecated } } }""")).Ok();
        Assert.NotEmpty(data["__type"]!["fields"]!.AsArray().SelectMany(f => f!["args"]!.AsArray()));
        Assert.Contains(data["partnerFilter"]!["inputFields"]!.AsArray(), f => f!["name"]!.GetValue<string>() == "name");
    }

    [Fact]
    public async Task GetWithSdlAnswersWithThePublishedSchemaFile()
    {
        using var http = app.CreateClient();
        using var response = await http.GetAsync(new Uri("/graphql?sdl", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql", response.Content.Headers.ContentType?.MediaType);
        var published = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Schema, "schema.graphql"));
        Assert.Equal(published, await response.Content.ReadAsStringAsync());
    }
}
