using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CareDirectory.Search.Lucene;

/// <summary>
/// One pass over the matching documents: applies the distance filter, counts the total and, when
/// <paramref name="countFacets"/>, the facets (per-segment ordinal counts over sorted-set doc values, resolved to
/// strings once per segment), and feeds the page collector. Linear in the number of matches with no per-hit
/// allocation.
/// </summary>
internal sealed class LuceneSearchCollector(ICollector page, GeoPoint? near, double radiusKm, bool countFacets) : ICollector
{
    private readonly Dictionary<string, int>[] _counts = [.. SearchFields.Facets.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
    private readonly SortedSetDocValues?[] _segmentValues = new SortedSetDocValues?[SearchFields.Facets.Count];
    private readonly int[]?[] _segmentCounts = new int[]?[SearchFields.Facets.Count];
    private NumericDocValues? _latitudes;
    private NumericDocValues? _longitudes;
    private IBits? _hasLocation;

    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => page.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => page.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        page.SetNextReader(context);
        var reader = context.AtomicReader;
        for (var i = 0; countFacets && i < SearchFields.Facets.Count; i++)
        {
            var values = reader.GetSortedSetDocValues(SearchFields.Facets[i].Field);
            _segmentValues[i] = values;
            _segmentCounts[i] = values is null ? null : new int[values.ValueCount];
        }

        if (near is not null)
        {
            _latitudes = reader.GetNumericDocValues(LuceneDocumentMapper.Latitude);
            _longitudes = reader.GetNumericDocValues(LuceneDocumentMapper.Longitude);
            _hasLocation = reader.GetDocsWithField(LuceneDocumentMapper.Latitude);
        }
    }

    public void Collect(int doc)
    {
        if (near is { } centre && !WithinRadius(centre, doc))
        {
            return;
        }

        TotalHits++;
        page.Collect(doc);
        for (var i = 0; i < _segmentValues.Length; i++)
        {
            if (_segmentValues[i] is { } values)
            {
                values.SetDocument(doc);
                long ord;
                while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    _segmentCounts[i]![ord]++;
                }
            }
        }
    }

    /// <summary>Adds what <paramref name="other"/> counted over other segments (a concurrent search's slice).</summary>
    public void Add(LuceneSearchCollector other)
    {
        other.FlushSegment();
        TotalHits += other.TotalHits;
        for (var i = 0; i < _counts.Length; i++)
        {
            foreach (var (value, count) in other._counts[i])
            {
                _counts[i][value] = _counts[i].GetValueOrDefault(value) + count;
            }
        }
    }

    /// <summary>Facet buckets ordered by count descending then value, cut to each facet's size.</summary>
    public SearchFacets Facets()
    {
        if (!countFacets)
        {
            return SearchFacets.Empty;
        }

        FlushSegment();
        var byFacet = new Dictionary<string, IReadOnlyList<FacetValue>>();
        for (var i = 0; i < SearchFields.Facets.Count; i++)
        {
            byFacet[SearchFields.Facets[i].Facet] =
            [
                .. _counts[i].OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
                    .Take(SearchFields.Facets[i].Size).Select(c => new FacetValue(c.Key, c.Value)),
            ];
        }

        return SearchFields.BuildFacets(byFacet);
    }

    private bool WithinRadius(GeoPoint centre, int doc)
    {
        if (_hasLocation is null || _latitudes is null || _longitudes is null || !_hasLocation.Get(doc))
        {
            return false;
        }

        var location = new GeoPoint(
            BitConverter.Int64BitsToDouble(_latitudes.Get(doc)), BitConverter.Int64BitsToDouble(_longitudes.Get(doc)));
        return centre.DistanceKmTo(location) <= radiusKm;
    }

    private void FlushSegment()
    {
        var term = new BytesRef();
        for (var i = 0; i < _segmentValues.Length; i++)
        {
            if (_segmentValues[i] is { } values && _segmentCounts[i] is { } counts)
            {
                for (var ord = 0; ord < counts.Length; ord++)
                {
                    if (counts[ord] > 0)
                    {
                        values.LookupOrd(ord, term);
                        var key = term.Utf8ToString();
                        _counts[i][key] = _counts[i].GetValueOrDefault(key) + counts[ord];
                    }
                }
            }

            _segmentValues[i] = null;
            _segmentCounts[i] = null;
        }
    }
}
