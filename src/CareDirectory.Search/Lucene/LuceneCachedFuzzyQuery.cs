using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CareDirectory.Search.Lucene;

/// <summary>
/// A <see cref="FuzzyQuery"/> whose expansion (the index terms within the allowed edits, with their statistics) is
/// computed once per index reader and reused: walking the term dictionary with a Levenshtein automaton is most of a
/// short query's CPU (#17: "family support" looks up two words in seven English and two Spanish fields, and a search
/// that falls back to any word rewrote the all-words query a second time). The expansion depends only on the reader
/// and the query, so the cached one is exactly what the fuzzy query's own rewrite would return; a new reader (after
/// any write) starts an empty cache, and the old one goes with its reader.
/// </summary>
internal sealed class LuceneCachedFuzzyQuery(FuzzyQuery fuzzy) : Query
{
    /// <summary>Beyond this many distinct (field, word, boost) expansions a reader's cache starts over, bounding memory.</summary>
    private const int MaxCachedPerReader = 4096;

    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<FuzzyQuery, Query>> Expansions = [];

    public FuzzyQuery Fuzzy { get; } = fuzzy;

    public override Query Rewrite(IndexReader reader)
    {
        var cache = Expansions.GetValue(reader, _ => new ConcurrentDictionary<FuzzyQuery, Query>());
        if (!cache.TryGetValue(Fuzzy, out var expanded))
        {
            if (cache.Count >= MaxCachedPerReader)
            {
                cache.Clear();
            }

            // FuzzyQuery's equality covers the term, edits, prefix, expansions, transpositions and boost.
            expanded = cache.GetOrAdd(Fuzzy, Fuzzy.Rewrite(reader));
        }

        // A copy per search: an enclosing BooleanQuery's rewrite may set the boost of the query it gets back.
        var copy = (Query)expanded.Clone();
        copy.Boost *= Boost;
        return copy;
    }

    public override string ToString(string field) => Fuzzy.ToString(field);

    public override bool Equals(object? obj) => obj is LuceneCachedFuzzyQuery other && Fuzzy.Equals(other.Fuzzy);

    public override int GetHashCode() => Fuzzy.GetHashCode();
}
