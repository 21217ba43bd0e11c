using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareDirectory.Search.Tests.Elasticsearch;

/// <summary>
/// Compares JSON we send with a reviewed file in Golden/. Run with UPDATE_GOLDEN=1 to rewrite the files,
/// then review the diff like any code change before committing it.
/// </summary>
public static class Golden
{
    private static readonly JsonSerializerOptions _indented = new() { WriteIndented = true };

    public static void AssertMatches(string name, string? actualJson, [CallerFilePath] string callerPath = "")
    {
        var actual = JsonNode.Parse(actualJson ?? "null");
        var file = Path.Combine(Path.GetDirectoryName(callerPath)!, "Golden", name + ".json");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(file, actual!.ToJsonString(_indented) + "\n");
        }

        Assert.True(File.Exists(file), $"Golden file {file} is missing; run with UPDATE_GOLDEN=1 and review it.");
        var expected = JsonNode.Parse(File.ReadAllText(file));
        Assert.True(
            JsonNode.DeepEquals(expected, actual),
            $"JSON differs from {name}.json:\n{actual!.ToJsonString(_indented)}");
    }
}
