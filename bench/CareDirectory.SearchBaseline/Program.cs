using System.Diagnostics;
using System.Globalization;
using CareDirectory.Search;
using CareDirectory.Search.Lucene;
using CareDirectory.Search.Lucene.Storage;
using CareDirectory.SearchBaseline;
using Lucene.Net.Index;
using Lucene.Net.Search;

// bench/run's bare Lucene baseline:
//   CareDirectory.SearchBaseline <index-root> <county-fips> <service-type> <latitude> <longitude> <radius-km> <seconds>
// Runs the same query mix as bench/search-mix.lua against the index's current generation, one query at a time,
// and prints one line: BARE p50_ms=… p95_ms=… p99_ms=… queries=…
// The match is the app's: its query builder and filters, every word required and, when that finds fewer than
// SearchFields.AllWordsMinimumHits, any word (SearchFields.RetryWithAnyWord). Left out: what only decorates a hit
// (highlights, facets, labels), the page-after sort and the GraphQL/HTTP layers.
if (args.Length != 7)
{
    Console.Error.WriteLine("usage: CareDirectory.SearchBaseline <index-root> <county-fips> <service-type> <latitude> <longitude> <radius-km> <seconds>");
    return 2;
}

var root = args[0];
var county = args[1];
var serviceType = args[2];
var (latitude, longitude, radius) = (Number(args[3]), Number(args[4]), Number(args[5]));
var seconds = int.Parse(args[6], CultureInfo.InvariantCulture);

// The app writes a new generation folder per rebuild and names the live one in CURRENT.
var generation = Path.Combine(root, File.ReadAllText(Path.Combine(root, "CURRENT")).Trim());
// Read as the app reads it (LuceneMappedDirectory), so the ratio compares the same storage too.
using var directory = new LuceneMappedDirectory(generation);
using var reader = DirectoryReader.Open(directory);
// Segments scored on several threads (Lucene's own executor), as the app does on a large index (LuceneSegmentSearch),
// so the ratio compares the same work done the same way.
var searcher = new IndexSearcher(reader, TaskScheduler.Default) { Similarity = new LuceneSimilarity() };
using var analysis = new LuceneAnalysis();
var queries = new LuceneQueryBuilder(analysis);

// The words on every English field as one match, count and pick the window; the fields' own queries and the phrase
// clause score the window only, as in the app (SearchRescoreWindow).
TopDocs Search(SearchRequest request, Func<ICollector, ICollector>? wrap = null)
{
    var text = SearchRequestValidation.QueryText(request)!;
    var filter = LuceneQueryBuilder.Filters(request) is { } filters ? new QueryWrapperFilter(filters) : null;
    TopDocs Run(SearchMatching matching)
    {
        var query = queries.Text(text, matching);
        var match = query.RewrittenMatch(searcher);
        TopDocs window;
        if (wrap is null)
        {
            window = searcher.Search(match, filter, SearchFields.RescoreWindow);
        }
        else
        {
            // A collector of its own (the distance) runs on one thread: Lucene's executor only runs its own collectors.
            var top = TopScoreDocCollector.Create(SearchFields.RescoreWindow, true);
            searcher.Search(match, filter, wrap(top));
            window = top.GetTopDocs();
        }

        return new LuceneWindowRescorer(searcher.Rewrite(query.Rescore!)).Top(searcher, window, 10);
    }

    var allWords = Run(SearchMatching.AllWords);
    return SearchFields.RetryWithAnyWord(text, allWords.TotalHits) ? Run(SearchFields.AnyWordAfter(allWords.TotalHits)) : allWords;
}

var mix = new (string Name, Func<TopDocs> Run)[]
{
    ("keyword", () => Search(new SearchRequest { Query = "family support" })),
    ("misspelled", () => Search(new SearchRequest { Query = "famly counselling" })),
    ("county + service type", () => Search(new SearchRequest { Query = "therapy", CountyFips = [county], ServiceTypes = [serviceType] })),
    ("faceted", () => Search(new SearchRequest { Query = "crisis", CountyFips = [county] })),
    ("geo", () => Search(new SearchRequest { Query = "mobile response" }, top => new RadiusCollector(top, latitude, longitude, radius))),
};

// Each query loads its page's stored fields, as a search response needs them.
var timings = new List<double>();
var clock = Stopwatch.StartNew();
var hits = new int[mix.Length];
for (var round = 0; clock.Elapsed.TotalSeconds < seconds || round < 3; round++)
{
    for (var i = 0; i < mix.Length; i++)
    {
        var start = Stopwatch.GetTimestamp();
        var top = mix[i].Run();
        foreach (var hit in top.ScoreDocs)
        {
            searcher.Doc(hit.Doc);
        }

        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        hits[i] = top.TotalHits;
        if (round > 0)
        {
            timings.Add(elapsed);
        }
    }
}

timings.Sort();
double Percentile(double p) => timings[Math.Min(timings.Count - 1, (int)Math.Ceiling(p / 100 * timings.Count) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"BARE p50_ms={Percentile(50):F2} p95_ms={Percentile(95):F2} p99_ms={Percentile(99):F2} queries={timings.Count} hits={string.Join('/', hits)}"));
return 0;

static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
