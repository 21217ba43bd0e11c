using System.Diagnostics;
using System.Globalization;
using CareDirectory.Search;
using CareDirectory.Search.Lucene;
using CareDirectory.Search.Lucene.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

// Where a search's time goes, on a copy of an index (never the live one: the end-to-end part opens a writer):
//   CareDirectory.SearchProfile <index-root> <county-fips> <service-type> <latitude> <longitude> [rounds]
// For each query of bench/run's mix, prints the median milliseconds of each part, timed separately:
// build (analysis, synonyms), rewrite (fuzzy expansion), count (match only), top-k (score + sort the rescore window,
// then the phrase clause over it), collect (the product's collector: total, facets, distance, window; then the phrase
// clause), stored (10 hits' stored fields), highlight (10 hits), and
// end-to-end LuceneSearchIndex.SearchAsync without highlights or facets (as bench/run's GraphQL query asks), with
// highlights, and with both. Each part is timed in wall-clock and in the
// process's CPU time (all threads: the end-to-end search scores a large index's segments on several, #17): on a
// shared machine the CPU time is the steadier of the two. Every part first runs WarmUpRounds times untimed, so the
// timings are of the JIT's optimised code, as in a server that has been answering for a while.
if (args.Length is < 5 or > 6)
{
    Console.Error.WriteLine("usage: CareDirectory.SearchProfile <index-root> <county-fips> <service-type> <latitude> <longitude> [rounds]");
    return 2;
}

var root = args[0];
var (county, serviceType) = (args[1], args[2]);
var near = new GeoPoint(Number(args[3]), Number(args[4]));
var rounds = args.Length == 6 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 15;
const int WarmUpRounds = 10;

var mix = new (string Name, SearchRequest Request)[]
{
    ("keyword", new SearchRequest { Query = "family support", First = 11 }),
    ("misspelled", new SearchRequest { Query = "famly counselling", First = 11 }),
    ("county-service-type", new SearchRequest { Query = "therapy", CountyFips = [county], ServiceTypes = [serviceType], First = 11 }),
    ("faceted", new SearchRequest { Query = "crisis", CountyFips = [county], First = 11, Facets = true }),
    ("geo", new SearchRequest { Query = "mobile response", Near = near, RadiusKm = 25, First = 11 }),
};

using var analysis = new LuceneAnalysis();
var builder = new LuceneQueryBuilder(analysis);
var generation = Path.Combine(root, File.ReadAllText(Path.Combine(root, "CURRENT")).Trim());
using var directory = new LuceneMappedDirectory(generation);
using var reader = DirectoryReader.Open(directory);
var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
Console.WriteLine($"index: {reader.NumDocs} documents in {reader.Leaves.Count} segments");
using var index = new LuceneSearchIndex(new LuceneSearchOptions { Path = root });

Console.WriteLine("query                 hits        build rewrite  count   top-k collect stored highlight  e2e  +highl. +facets (ms, median)");
foreach (var (name, request) in mix)
{
    var sort = new Sort(SortField.FIELD_SCORE, new SortField(SearchFields.Id, SortFieldType.STRING));
    LuceneTextQuery query = null!;
    Query rewritten = null!;
    Filter? filter = null;
    TopDocs top = null!;
    var hits = 0;
    var parts = new (string Part, Action Run)[]
    {
        ("build", () =>
        {
            // The first query a search runs: every word required (SearchMatching).
            query = builder.Text(request.Query!, SearchMatching.AllWords);
            filter = LuceneQueryBuilder.Filters(request) is { } f ? new QueryWrapperFilter(f) : null;
        }),
        ("rewrite", () => rewritten = query.RewrittenMatch(searcher)),
        ("count", () =>
        {
            var count = new TotalHitCountCollector();
            searcher.Search(rewritten, filter, count);
        }),
        ("top-k", () =>
        {
            var page = TopFieldCollector.Create(sort, SearchFields.RescoreWindow, null, true, true, false, false);
            searcher.Search(rewritten, filter, page);
            top = Rescored(page.GetTopDocs());
        }),
        ("collect", () =>
        {
            var page = TopFieldCollector.Create(sort, SearchFields.RescoreWindow, null, true, true, false, false);
            var collector = new LuceneSearchCollector(page, request.Near, request.RadiusKm ?? 0, request.Facets);
            searcher.Search(rewritten, filter, collector);
            top = Rescored(page.GetTopDocs());
            hits = collector.TotalHits;
            collector.Facets();
        }),
        ("stored", () =>
        {
            foreach (var hit in top.ScoreDocs.Take(10))
            {
                searcher.Doc(hit.Doc);
            }
        }),
        ("highlight", () =>
        {
            var highlighter = new LuceneHitHighlighter(searcher.Rewrite(query.Rescore!), analysis.PerField);
            foreach (var hit in top.ScoreDocs.Take(10))
            {
                highlighter.Highlights(searcher.Doc(hit.Doc));
            }
        }),
        ("e2e", () => index.SearchAsync(request with { Facets = false, Highlights = false }).GetAwaiter().GetResult()),
        ("e2e+highlights", () => index.SearchAsync(request with { Facets = false }).GetAwaiter().GetResult()),
        ("e2e+facets", () => index.SearchAsync(request with { Facets = true }).GetAwaiter().GetResult()),
    };

    // The fields' queries and the phrase clause over the window's best hits, as the index does (SearchRescoreWindow); 11 hits kept.
    TopDocs Rescored(TopDocs window) => new LuceneWindowRescorer(searcher.Rewrite(query.Rescore!)).Top(searcher, window, 11);

    var wall = parts.Select(_ => new List<double>()).ToArray();
    var cpu = parts.Select(_ => new List<double>()).ToArray();
    for (var round = -WarmUpRounds; round < rounds; round++)
    {
        for (var i = 0; i < parts.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var cpuStart = Environment.CpuUsage.TotalTime;
            parts[i].Run();
            if (round >= 0)
            {
                wall[i].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                cpu[i].Add((Environment.CpuUsage.TotalTime - cpuStart).TotalMilliseconds);
            }
        }
    }

    static string Medians(List<double>[] timings) =>
        string.Join(' ', timings.Select(t => t.Order().ElementAt(t.Count / 2).ToString("F1", CultureInfo.InvariantCulture).PadLeft(7)));
    Console.WriteLine($"{name,-20}{hits,7} wall {Medians(wall)}");
    Console.WriteLine($"{"",-27} cpu  {Medians(cpu)}");
}

Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}");
return 0;

static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
