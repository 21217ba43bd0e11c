using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace CareDirectory.Search.Lucene;

/// <summary>
/// Where each segment keeps a term, and its frequencies, looked up once per index reader. A search looks up every
/// word in the term dictionary of every segment: in the first pass, again in the rescore, and in each of the fields a
/// word's frequency is blended over (<see cref="LuceneBlendedTermQuery"/>), most of a keyword search's allocation at
/// national scale (#17). What a lookup finds depends only on the reader and the term, so the cached context is the
/// one Lucene would build; a new reader (after any write) starts an empty cache, and the old one goes with its reader.
/// A context is only read once built, so searches on several threads share it, as the slices of one search do.
/// </summary>
internal static class LuceneTermContexts
{
    /// <summary>Beyond this many distinct terms a reader's cache starts over, bounding memory (each is a few hundred bytes).</summary>
    private const int MaxCachedPerReader = 16384;

    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<Term, TermContext>> Contexts = [];

    public static TermContext For(IndexReader reader, Term term)
    {
        var cache = Contexts.GetValue(reader, _ => new ConcurrentDictionary<Term, TermContext>());
        if (cache.TryGetValue(term, out var context))
        {
            return context;
        }

        if (cache.Count >= MaxCachedPerReader)
        {
            cache.Clear();
        }

        return cache.GetOrAdd(term, t => TermContext.Build(reader.Context, t));
    }
}
