using Lucene.Net.Index;

namespace CareDirectory.Search.Lucene;

/// <summary>
/// Where each segment keeps a term, and its frequencies, looked up once per index reader. A search looks up every
/// word in the term dictionary of every segment: in the first pass, again in the rescore, and in each of the fields a
/// word's frequency is blended over (<see cref="LuceneBlendedTermQuery"/>), most of a keyword search's allocation at
/// national scale (#17). What a lookup finds depends only on the reader and the term, so the cached context is the
/// one Lucene would build (<see cref="LuceneReaderCache{TKey, TValue}"/>). A context is only read once built, so searches
/// on several threads share it, as the slices of one search do.
/// </summary>
internal static class LuceneTermContexts
{
    /// <summary>Beyond this many distinct terms a reader's cache starts over, bounding memory (each is a few hundred bytes).</summary>
    private static readonly LuceneReaderCache<Term, TermContext> Contexts = new(maxPerReader: 16384);

    public static TermContext For(IndexReader reader, Term term) =>
        Contexts.GetOrAdd(reader, term, static (r, t) => TermContext.Build(r.Context, t));
}
