using CareDirectory.GraphQL;
using CareDirectory.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace CareDirectory.Tests.GraphQL.SchemaFile;

/// <summary>Every schema change is deliberate: the running schema must equal schema/schema.graphql (regenerate with `schema export`).</summary>
public sealed class SchemaFileTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    [Fact]
    public async Task RunningSchemaMatchesThePublishedSchemaFile()
    {
        var printed = SchemaDocument.Print(app.Services.GetRequiredService<ISchema>());
        var published = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Schema, "schema.graphql"));
        Assert.True(published == printed, "schema/schema.graphql is out of date: run `dotnet run --project src/CareDirectory -- schema export` and review the diff.");
        printed.MatchSnapshot();
    }

    [Fact]
    public void EveryTypeAndFieldHasADescription()
    {
        var schema = app.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var missing = schema.AllTypes
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not ScalarGraphType)
            .SelectMany(t => (string.IsNullOrWhiteSpace(t.Description) ? [t.Name] : Array.Empty<string>())
                .Concat(t is IComplexGraphType complex
                    ? complex.Fields.Where(f => string.IsNullOrWhiteSpace(f.Description)).Select(f => $"{t.Name}.{f.Name}")
                    : []))
            .ToList();
        Assert.Empty(missing);
    }
}
