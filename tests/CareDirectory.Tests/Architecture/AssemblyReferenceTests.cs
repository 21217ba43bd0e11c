using System.Reflection;

namespace CareDirectory.Tests.Architecture;

/// <summary>
/// The project layering as the compiler recorded it: an assembly lists another only when it really uses a type from
/// it, so a stray project or package reference that nothing uses does not fail here, and one that is used does.
/// </summary>
public sealed class AssemblyReferenceTests
{
    private static readonly string[] _webAndStorage = ["Microsoft.AspNetCore", "GraphQL", "Microsoft.EntityFrameworkCore"];

    [Fact]
    public void CoreReferencesNoWebGraphQLStorageOrOtherCareDirectoryAssembly() =>
        AssertReferencesNone("CareDirectory.Core", [.. _webAndStorage, "CareDirectory"]);

    [Fact]
    public void DataReferencesOnlyCoreOfTheCareDirectoryAssembliesAndNoWebOrGraphQL()
    {
        AssertReferencesNone("CareDirectory.Data", ["Microsoft.AspNetCore", "GraphQL"]);
        AssertCareDirectoryReferences("CareDirectory.Data", ["CareDirectory.Core"]);
    }

    [Fact]
    public void SearchReferencesNoCareDirectoryAssemblyButCore() =>
        AssertCareDirectoryReferences("CareDirectory.Search", ["CareDirectory.Core"]);

    [Fact]
    public void ElasticsearchBackendReferencesOnlyTheSearchContract() =>
        AssertCareDirectoryReferences("CareDirectory.Search.Elasticsearch", ["CareDirectory.Core", "CareDirectory.Search"]);

    [Fact]
    public void ProductReferencesNoBenchmarkAssembly() =>
        AssertCareDirectoryReferences(
            "CareDirectory",
            ["CareDirectory.Core", "CareDirectory.Data", "CareDirectory.Search", "CareDirectory.Search.Elasticsearch"]);

    [Fact]
    public void ProductContainsNoBenchmarkType()
    {
        // The bench endpoints, SQL counter and synthetic data live in the bench host; a deployed directory must not ship them.
        var benchTypes = Assembly.Load("CareDirectory").GetTypes()
            .Where(t => t.Namespace?.StartsWith("CareDirectory.Bench", StringComparison.Ordinal) == true)
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(benchTypes);
    }

    /// <summary>True for the name itself and its dotted children, and for packages spelled as one word ("GraphQL-Parser" is GraphQLParser).</summary>
    private static bool IsUnder(string assembly, string prefix) =>
        assembly.StartsWith(prefix, StringComparison.Ordinal)
        && (assembly.Length == prefix.Length || assembly[prefix.Length] == '.' || prefix == "GraphQL");

    private static IEnumerable<string> References(string assembly) =>
        Assembly.Load(assembly).GetReferencedAssemblies().Select(a => a.Name ?? "").Order(StringComparer.Ordinal);

    private static void AssertReferencesNone(string assembly, string[] forbidden)
    {
        var violations = References(assembly).Where(r => forbidden.Any(f => IsUnder(r, f))).ToList();

        Assert.True(violations.Count == 0, $"{assembly} references {string.Join(", ", violations)}");
    }

    private static void AssertCareDirectoryReferences(string assembly, string[] allowed)
    {
        var violations = References(assembly).Where(r => IsUnder(r, "CareDirectory") && !allowed.Contains(r)).ToList();

        Assert.True(violations.Count == 0, $"{assembly} references {string.Join(", ", violations)}; allowed: {string.Join(", ", allowed)}");
    }
}
