using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace CareDirectory.Search.Lucene;

/// <summary>
/// A <see cref="FuzzyQuery"/> whose expansion (the index terms within the allowed edits, with their statistics) is
/// computed once per index reader and reused: walking the term dictionary with a Levenshtein automaton is most of a
/// short query's CPU (#17: "family support" looks up two words in seven English and two Spanish fields, and a search
/// that falls back to any word rewrote the all-words query a second time). The expansion depends only on the reader
/// and the query, so the cached one is exactly what the fuzzy query's own rewrite would return; a new reader (after
/// any write) starts an empty cache, and the old one goes with its reader. The Levenshtein automata, which depend on
/// the word alone and were most of an uncached rewrite, are compiled once per word for every field and reader.
/// </summary>
internal sealed class LuceneCachedFuzzyQuery(Term term, int maxEdits, int maxExpansions, float boost) : Query
{
    /// <summary>Beyond this many distinct (field, word, boost) expansions a reader's cache starts over, bounding memory.</summary>
    private const int MaxCachedPerReader = 4096;

    /// <summary>Beyond this many distinct (word, edits) the compiled automata start over (tens of kilobytes each).</summary>
    private const int MaxCachedAutomata = 512;

    private static readonly LuceneReaderCache<(Term Term, int MaxEdits, int MaxExpansions, float Boost), Query> Expansions = new(MaxCachedPerReader);

    private static readonly ConcurrentDictionary<(string Word, int MaxEdits), CompiledAutomaton[]> Automata = new();

    /// <summary>What the expansion depends on besides the reader (the prefix is always 0, transpositions always one edit).</summary>
    private (Term Term, int MaxEdits, int MaxExpansions, float Boost) Key { get; } = (term, maxEdits, maxExpansions, boost);

    public override Query Rewrite(IndexReader reader)
    {
        // The scoring rewrite multiplies each term's boost by the query's: the boost is part of the expansion.
        var expanded = Expansions.GetOrAdd(reader, Key, static (r, key) =>
            new SharedAutomataFuzzyQuery(key.Term, key.MaxEdits, key.MaxExpansions) { Boost = key.Boost }.Rewrite(r));

        // A copy per search: an enclosing BooleanQuery's rewrite may set the boost of the query it gets back.
        var copy = (Query)expanded.Clone();
        copy.Boost *= Boost;
        return copy;
    }

    public override string ToString(string field) => new FuzzyQuery(term, maxEdits, 0, maxExpansions, true) { Boost = boost * Boost }.ToString(field);

    public override bool Equals(object? obj) => obj is LuceneCachedFuzzyQuery other && base.Equals(other) && Key.Equals(other.Key);

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Key);

    /// <summary>
    /// The automata <see cref="FuzzyTermsEnum"/> would compile for the word (no prefix, transpositions as one edit),
    /// one per edit distance from 0: immutable once compiled, so shared by every field, reader and thread.
    /// </summary>
    private static CompiledAutomaton[] AutomataFor(string word, int maxEdits)
    {
        if (Automata.TryGetValue((word, maxEdits), out var automata))
        {
            return automata;
        }

        if (Automata.Count >= MaxCachedAutomata)
        {
            Automata.Clear();
        }

        var builder = new LevenshteinAutomata(word, true);
        return Automata.GetOrAdd((word, maxEdits), [.. Enumerable.Range(0, maxEdits + 1).Select(edits => new CompiledAutomaton(builder.ToAutomaton(edits), true, false))]);
    }

    /// <summary>
    /// Hands the fuzzy terms enumeration the word's compiled automata through the attribute it keeps them in between
    /// segments (it compiles only those missing), instead of compiling them again for each field.
    /// </summary>
    private sealed class SharedAutomataFuzzyQuery(Term term, int maxEdits, int maxExpansions) : FuzzyQuery(term, maxEdits, 0, maxExpansions, true)
    {
        protected override TermsEnum GetTermsEnum(Terms terms, AttributeSource atts)
        {
            var cached = atts.AddAttribute<FuzzyTermsEnum.ILevenshteinAutomataAttribute>().Automata;
            if (MaxEdits > 0 && cached.Count == 0)
            {
                foreach (var automaton in AutomataFor(Term.Text, MaxEdits))
                {
                    cached.Add(automaton);
                }
            }

            return base.GetTermsEnum(terms, atts);
        }
    }
}
