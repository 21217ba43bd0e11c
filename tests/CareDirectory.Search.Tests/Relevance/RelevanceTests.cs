using System.Globalization;
using System.Text.Json;
using CareDirectory.Search.Tests.Contract;
using Xunit.Abstractions;

namespace CareDirectory.Search.Tests.Relevance;

/// <summary>Measures ranking quality on relevance.json: mean nDCG@5 and MRR, written to the test output.</summary>
public abstract class RelevanceTests(ISearchIndexFixture fixture, ITestOutputHelper output)
{
    private const double TargetNdcgAt5 = 0.9;

    public static IReadOnlyList<RelevanceJudgement> Judgements { get; } = Load();

    [ContractFact]
    public async Task RankingMeetsTheRelevanceTarget()
    {
        var ndcg = new List<double>();
        var reciprocalRanks = new List<double>();
        foreach (var judgement in Judgements)
        {
            var results = await fixture.Index.SearchAsync(new SearchRequest
            {
                Query = judgement.Query, CountyFips = judgement.CountyFips ?? [], First = 10,
            });
            var ids = results.Hits.Select(h => h.Id).ToList();
            ndcg.Add(judgement.Ndcg(ids, 5));
            reciprocalRanks.Add(judgement.ReciprocalRank(ids));
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{ndcg[^1]:0.000}  {reciprocalRanks[^1]:0.000}  {judgement.Query} {string.Join(',', judgement.CountyFips ?? [])} -> {string.Join(' ', ids.Take(5))}"));
        }

        var meanNdcg = ndcg.Average();
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{GetType().Name}: queries={Judgements.Count} nDCG@5={meanNdcg:0.000} MRR={reciprocalRanks.Average():0.000}"));
        Assert.True(meanNdcg >= TargetNdcgAt5, $"nDCG@5 {meanNdcg:0.000} is below {TargetNdcgAt5}.");
    }

    private static List<RelevanceJudgement> Load()
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Relevance", "relevance.json"));
        using var json = JsonDocument.Parse(stream);
        return
        [
            .. json.RootElement.GetProperty("queries").EnumerateArray().Select(q => new RelevanceJudgement(
                q.GetProperty("query").GetString()!,
                q.TryGetProperty("countyFips", out var counties) ? [.. counties.EnumerateArray().Select(c => c.GetString()!)] : null,
                q.TryGetProperty("note", out var note) ? note.GetString() : null,
                q.GetProperty("relevant").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32()))),
        ];
    }
}
