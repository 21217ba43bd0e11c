using System.Globalization;
using System.Text.Json;
using CareDirectory.Search.Tests.Relevance;
using CareDirectory.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CareDirectory.Tests.Search;

/// <summary>
/// Ranking quality on what parents, educators and caseworkers type, over the real seed data as the app seeds and
/// indexes it, through <c>Query.search</c> over HTTP (seed-relevance.json, #17): nDCG@5 overall and per category and
/// the zero-result rate, printed as the table docs/search.md shows.
/// </summary>
/// <remarks>
/// The assertions are the issue's targets, nDCG@5 0.9 overall and 0.8 in every category, and zero results under 2%:
/// the set measures 0.901 overall, questions (the lowest category) 0.823 (docs/search.md lists the misses), so a
/// change that loses ranking fails here.
/// </remarks>
public sealed class SeedRelevanceTests(DirectoryAppFactory app, ITestOutputHelper output) : IClassFixture<DirectoryAppFactory>
{
    private const double FloorOverall = 0.9;
    private const double FloorPerCategory = 0.8;
    private const double MaxZeroResultRate = 0.02;

    private readonly SearchClient _search = new(new GraphQLClient(app.CreateClient()));

    [Fact]
    public async Task RankingOnTheSeedDataMeetsTheIssueTargets()
    {
        await _search.IndexedAsync();
        var measured = new List<(SeedJudgement Judgement, double Ndcg, bool Empty)>();
        foreach (var judgement in SeedJudgement.All)
        {
            var search = await _search.SearchAsync(new
            {
                query = judgement.Graded.Query, county = judgement.Graded.CountyFips?.Single(), state = judgement.State, first = 10,
            });
            var keys = SearchClient.Keys(search);
            var ndcg = judgement.Graded.Ndcg(keys, 5);
            measured.Add((judgement, ndcg, search["totalCount"]!.GetValue<int>() == 0));
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{ndcg:0.000}  [{judgement.Category}] {judgement.Graded.Query} {judgement.Graded.CountyFips?.Single()}{judgement.State} -> {string.Join(' ', keys.Take(5))}"));
        }

        var overall = measured.Average(m => m.Ndcg);
        var zeroRate = measured.Count(m => m.Empty) / (double)measured.Count;
        var categories = measured.GroupBy(m => m.Judgement.Category)
            .Select(g => (Category: g.Key, Count: g.Count(), Ndcg: g.Average(m => m.Ndcg), Zero: g.Count(m => m.Empty)))
            .ToList();
        output.WriteLine("| category | queries | nDCG@5 | zero results |");
        output.WriteLine("|---|---|---|---|");
        foreach (var (category, count, ndcg, zero) in categories)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {category} | {count} | {ndcg:0.000} | {zero} |"));
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| **all** | {measured.Count} | {overall:0.000} | {measured.Count(m => m.Empty)} ({zeroRate:0.0%}) |"));
        Assert.True(measured.Count >= 80, $"the set has {measured.Count} queries; the issue asks for at least 80");
        Assert.True(overall >= FloorOverall, $"nDCG@5 {overall:0.000} is below {FloorOverall}");
        Assert.All(categories, c => Assert.True(c.Ndcg >= FloorPerCategory, $"{c.Category}: nDCG@5 {c.Ndcg:0.000} is below {FloorPerCategory}"));
        Assert.True(zeroRate < MaxZeroResultRate, $"zero-result rate {zeroRate:0.0%} is not under {MaxZeroResultRate:0%}");
    }

    /// <summary>One query of seed-relevance.json: its category, an optional state and the graded record keys.</summary>
    private sealed record SeedJudgement(string Category, string? State, RelevanceJudgement Graded)
    {
        public static IReadOnlyList<SeedJudgement> All { get; } = Load();

        private static List<SeedJudgement> Load()
        {
            using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Search", "seed-relevance.json"));
            using var json = JsonDocument.Parse(stream);
            return
            [
                .. json.RootElement.GetProperty("queries").EnumerateArray().Select(q => new SeedJudgement(
                    q.GetProperty("category").GetString()!,
                    q.TryGetProperty("state", out var state) ? state.GetString() : null,
                    new RelevanceJudgement(
                        q.GetProperty("query").GetString()!,
                        q.TryGetProperty("countyFips", out var counties) ? [.. counties.EnumerateArray().Select(c => c.GetString()!)] : null,
                        q.TryGetProperty("note", out var note) ? note.GetString() : null,
                        q.GetProperty("relevant").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32())))),
            ];
        }
    }
}
