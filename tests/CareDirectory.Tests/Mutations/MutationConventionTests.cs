using System.Text.Json.Nodes;
using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.Mutations;

/// <summary>
/// HotChocolate's mutation conventions, read through introspection as a client generator reads them (the shape of
/// HotChocolate's <c>AnnotationBasedMutations</c> snapshots and its "Mutations" documentation):
/// <c>fooBar(input: FooBarInput!): FooBarPayload!</c>, <c>FooBarPayload { result, errors: [FooBarError!] }</c>,
/// <c>union FooBarError</c> of types implementing <c>interface Error { message: String! }</c>.
/// </summary>
public sealed class MutationConventionTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private const string TypeRef = "kind name ofType { kind name ofType { kind name ofType { kind name } } }";

    private readonly GraphQLClient _client = new(app.CreateClient());

    [Fact]
    public async Task EveryMutationHasItsOwnInputPayloadAndErrorUnion()
    {
        var schema = (await _client.QueryAsync($$"""
            { __schema {
                mutationType { fields { name args { name type { {{TypeRef}} } } type { {{TypeRef}} } } }
                types { name kind possibleTypes { name } interfaces { name } fields { name type { {{TypeRef}} } } } } }
            """)).Ok()["__schema"]!;
        var types = schema["types"]!.AsArray().ToDictionary(t => t!["name"]!.GetValue<string>(), t => t!);
        var mutations = schema["mutationType"]!["fields"]!.AsArray();
        Assert.Equal(17, mutations.Count);

        foreach (var mutation in mutations)
        {
            var name = mutation!["name"]!.GetValue<string>();
            var typeName = char.ToUpperInvariant(name[0]) + name[1..];
            var argument = Assert.Single(mutation["args"]!.AsArray())!;
            Assert.Equal(("input", $"{typeName}Input!"), (argument["name"]!.GetValue<string>(), Print(argument["type"]!)));
            Assert.Equal($"{typeName}Payload!", Print(mutation["type"]!));

            var payload = types[$"{typeName}Payload"]["fields"]!.AsArray();
            Assert.Equal(2, payload.Count);
            Assert.Equal($"[{typeName}Error!]", Print(payload.Single(f => f!["name"]!.GetValue<string>() == "errors")!["type"]!));
            var result = payload.Single(f => f!["name"]!.GetValue<string>() != "errors")!;
            Assert.NotEqual("NON_NULL", result["type"]!["kind"]!.GetValue<string>());

            var union = types[$"{typeName}Error"];
            Assert.Equal("UNION", union["kind"]!.GetValue<string>());
            Assert.Equal(["ConflictError", "ForbiddenError", "NotFoundError", "ValidationError"], Names(union["possibleTypes"]!).Order(StringComparer.Ordinal));
        }

        var error = types["Error"];
        Assert.Equal("INTERFACE", error["kind"]!.GetValue<string>());
        Assert.Equal([("message", "String!")], error["fields"]!.AsArray().Select(f => (f!["name"]!.GetValue<string>(), Print(f["type"]!))));
        foreach (var member in Names(error["possibleTypes"]!))
        {
            Assert.Equal(["Error"], Names(types[member]["interfaces"]!));
            var fields = types[member]["fields"]!.AsArray().ToDictionary(f => f!["name"]!.GetValue<string>(), f => Print(f!["type"]!));
            Assert.Equal(("String!", "String!", "[String!]!"), (fields["message"], fields["code"], fields["path"]));
        }
    }

    [Fact]
    public async Task ErrorsIsNullOnSuccessAndReadThroughTheErrorInterfaceOnRefusal()
    {
        using var editor = new EditorApp();
        var key = await editor.KeyAsync($"county:{EditorApp.Bergen}");
        var fso = await editor.PartnerAsync("nj/bergen/fso");
        var id = EditorApp.IdOf("Partner", fso.Id);
        const string Update = """
            mutation($input: UpdatePartnerInput!) {
              updatePartner(input: $input) { partner { version } errors { __typename ... on Error { message } ... on ConflictError { code path } } }
            }
            """;

        var written = await editor.PostAsync(Update, new { input = new { id, version = fso.Version, name = "Renamed" } }, key);
        var stale = await editor.PostAsync(Update, new { input = new { id, version = fso.Version, name = "Stale" } }, key);

        var success = written.Data("updatePartner");
        Assert.True(success.AsObject().TryGetPropertyValue("errors", out var none) && none is null, written.Body.ToJsonString());
        Assert.Equal(fso.Version + 1, success["partner"]!["version"]!.GetValue<int>());
        var refused = stale.Data("updatePartner");
        Assert.Null(refused["partner"]);
        var conflict = Assert.Single(refused["errors"]!.AsArray())!;
        Assert.Equal(("ConflictError", "CONFLICT"), (conflict["__typename"]!.GetValue<string>(), conflict["code"]!.GetValue<string>()));
        Assert.Equal(["input", "version"], conflict["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.StartsWith("version:", conflict["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static List<string> Names(JsonNode list) => [.. list.AsArray().Select(t => t!["name"]!.GetValue<string>())];

    private static string Print(JsonNode type) => type["kind"]!.GetValue<string>() switch
    {
        "NON_NULL" => Print(type["ofType"]!) + "!",
        "LIST" => $"[{Print(type["ofType"]!)}]",
        _ => type["name"]!.GetValue<string>(),
    };
}
