namespace CareDirectory.Search;

/// <summary>
/// The synonym list in <c>synonyms.txt</c> (embedded in this assembly), in Solr format: each line a group of
/// equivalent words or phrases (<c>a, b, c</c>) or a one-way rule (<c>a, b =&gt; c, d</c>); <c>#</c> starts a
/// comment. Both backends read this one list.
/// </summary>
public static class SearchSynonyms
{
    private static readonly Lazy<IReadOnlyList<string>> _rules = new(Load);

    /// <summary>The non-empty, non-comment lines of the file, as Elasticsearch's <c>synonyms</c> setting takes them.</summary>
    public static IReadOnlyList<string> Rules => _rules.Value;

    /// <summary>
    /// Each rule as the phrases that trigger it and the phrases a query is expanded to (lower case, as written).
    /// An equivalence group triggers on, and expands to, all its phrases.
    /// </summary>
    public static IReadOnlyList<SynonymRule> Expansions { get; } = [.. Rules.Select(Parse)];

    private static SynonymRule Parse(string line)
    {
        static string[] Phrases(string list) => list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var sides = line.Split("=>", 2);
        return sides.Length == 2 ? new SynonymRule(Phrases(sides[0]), Phrases(sides[1])) : new SynonymRule(Phrases(line), Phrases(line));
    }

    private static List<string> Load()
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
