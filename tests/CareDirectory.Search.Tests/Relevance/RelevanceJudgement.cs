namespace CareDirectory.Search.Tests.Relevance;

/// <summary>One query of relevance.json with graded expected ids (3 best, unlisted 0).</summary>
public sealed record RelevanceJudgement(string Query, IReadOnlyList<string>? CountyFips, string? Note, IReadOnlyDictionary<string, int> Relevant)
{
    /// <summary>Normalised discounted cumulative gain of the first <paramref name="k"/> ids, gain 2^grade − 1.</summary>
    public double Ndcg(IReadOnlyList<string> ids, int k)
    {
        static double Dcg(IEnumerable<int> grades) => grades.Select((g, i) => (Math.Pow(2, g) - 1) / Math.Log2(i + 2)).Sum();
        var ideal = Dcg(Relevant.Values.OrderDescending().Take(k));
        return ideal == 0 ? 0 : Dcg(ids.Take(k).Select(id => Relevant.GetValueOrDefault(id))) / ideal;
    }

    /// <summary>1 / rank of the first relevant id, 0 when none is returned.</summary>
    public double ReciprocalRank(IReadOnlyList<string> ids)
    {
        var rank = ids.Select((id, i) => (id, i)).FirstOrDefault(x => Relevant.GetValueOrDefault(x.id) > 0, (id: "", i: -1)).i;
        return rank < 0 ? 0 : 1.0 / (rank + 1);
    }
}
