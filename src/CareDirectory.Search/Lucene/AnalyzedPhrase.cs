namespace CareDirectory.Search.Lucene;

/// <summary>
/// A synonym phrase as analyzed terms with their positions from the first: a stop word inside it ("system of care")
/// leaves a gap, as it does in the index, so the phrase query must keep it.
/// </summary>
internal sealed record AnalyzedPhrase(string[] Terms, int[] Positions)
{
    public static AnalyzedPhrase Of(IReadOnlyList<(string Term, int Position)> terms) =>
        new([.. terms.Select(t => t.Term)], [.. terms.Select(t => t.Position - terms[0].Position)]);
}
