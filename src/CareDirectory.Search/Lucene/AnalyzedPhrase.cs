namespace CareDirectory.Search.Lucene;

/// <summary>
/// A synonym phrase as analyzed terms with their positions from the first: a stop word inside it ("system of care")
/// leaves a gap, as it does in the index, so the phrase query must keep it.
/// </summary>
internal sealed record AnalyzedPhrase(string[] Terms, int[] Positions)
{
    /// <summary>Between two terms of a phrase's token.</summary>
    public const string Separator = " ";

    /// <summary>In a phrase's token where a stop word was (Lucene's and Elasticsearch's shingle filler).</summary>
    public const string Gap = "_";

    public static AnalyzedPhrase Of(IReadOnlyList<(string Term, int Position)> terms) =>
        new([.. terms.Select(t => t.Term)], [.. terms.Select(t => t.Position - terms[0].Position)]);

    /// <summary>The phrase as the one token <see cref="VocabularyPhraseAnalyzer"/> indexes: its terms, a gap for each stop word.</summary>
    public string Token => string.Join(Separator, Enumerable.Range(0, Positions[^1] + 1)
        .Select(position => Array.IndexOf(Positions, position) is var i and >= 0 ? Terms[i] : Gap));
}
