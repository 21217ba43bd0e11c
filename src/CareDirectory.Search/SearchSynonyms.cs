namespace CareDirectory.Search;

/// <summary>
/// The synonym list in <c>synonyms.txt</c> (embedded in this assembly), in Solr format: each line a group of
/// equivalent words or phrases, <c>#</c> starts a comment. Both backends read this one list.
/// </summary>
public static class SearchSynonyms
{
    private static readonly Lazy<IReadOnlyList<string>> _rules = new(Load);

    /// <summary>The non-empty, non-comment lines of the file, as Elasticsearch's <c>synonyms</c> setting takes them.</summary>
    public static IReadOnlyList<string> Rules => _rules.Value;

    /// <summary>The equivalence groups: each a list of phrases, each phrase as written (lower case).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Groups { get; } =
        [.. Rules.Select(line => (IReadOnlyList<string>)[.. line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)])];

    private static IReadOnlyList<string> Load()
    {
        using var stream = typeof(SearchSynonyms).Assembly.GetManifestResourceStream("CareDirectory.Search.synonyms.txt")
            ?? throw new InvalidOperationException("The embedded synonyms.txt is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var rules = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var text = line.Split('#', 2)[0].Trim().ToLowerInvariant();
            if (text.Length > 0)
            {
                rules.Add(text);
            }
        }

        return rules;
    }
}
