using System.Diagnostics;
using System.Globalization;
using CareDirectory.SearchBaseline;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

// bench/run's bare Lucene baseline:
//   CareDirectory.SearchBaseline <index-root> <county-fips> <service-type> <latitude> <longitude> <radius-km> <seconds>
// Runs the same query mix as bench/search-mix.lua against the index's current generation, one query at a time,
// and prints one line: BARE p50_ms=… p95_ms=… p99_ms=… queries=…
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
using var directory = FSDirectory.Open(generation);
using var reader = DirectoryReader.Open(directory);
var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };

var mix = new (string Name, Func<TopDocs> Run)[]
{
    ("keyword", () => searcher.Search(BareQueries.Text("family support"), 10)),
    ("misspelled", () => searcher.Search(BareQueries.Text("famly counselling"), 10)),
    ("county + service type", () => searcher.Search(BareQueries.InCounty(BareQueries.Text("therapy"), county, serviceType), 10)),
    ("faceted", () => searcher.Search(BareQueries.InCounty(BareQueries.Text("crisis"), county, null), 10)),
    ("geo", () =>
    {
        var top = TopScoreDocCollector.Create(10, true);
        searcher.Search(BareQueries.Text("mobile response"), new RadiusCollector(top, latitude, longitude, radius));
        return top.GetTopDocs();
    }),
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
