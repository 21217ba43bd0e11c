using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.Seeding;

/// <summary>seed-data/SOURCES.md is the list of public pages the seed cites: every cited URL is on it, and nothing else.</summary>
public sealed partial class SeedSourcesTests
{
    [Fact]
    public void EverySeedRecordsSourceUrlIsListedInSources()
    {
        var listed = File.ReadLines(Path.Combine(RepositoryPaths.SeedData, "SOURCES.md"))
            .Where(line => line.StartsWith("| http", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries)[1])
            .ToHashSet(StringComparer.Ordinal);
        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.SeedData, "*.json", SearchOption.AllDirectories))
        {
            foreach (var provenance in Provenances(JsonNode.Parse(File.ReadAllText(file))))
            {
                if (provenance["source"]?.GetValue<string>() == "SOURCES.md")
                {
                    var url = provenance["url"]?.GetValue<string>();
                    Assert.False(url is null, $"{file}: a record citing SOURCES.md has no provenance.url");
                    cited.Add(url!);
                }

                foreach (Match match in Url().Matches(provenance["notes"]?.GetValue<string>() ?? ""))
                {
                    cited.Add(match.Value.TrimEnd('.', ',', ';'));
                }
            }
        }

        Assert.True(cited.Count > 40, $"only {cited.Count} URLs cited");
        Assert.Empty(cited.Except(listed));
        Assert.Empty(listed.Except(cited));
    }

    private static IEnumerable<JsonNode> Provenances(JsonNode? node) => node switch
    {
        JsonObject o => (o["provenance"] is JsonObject p ? [p] : Enumerable.Empty<JsonNode>())
            .Concat(o.Where(kv => kv.Key != "provenance").SelectMany(kv => Provenances(kv.Value))),
        JsonArray a => a.SelectMany(Provenances),
        _ => [],
    };

    [GeneratedRegex("https?://[^\\s\")]+")]
    private static partial Regex Url();
}
