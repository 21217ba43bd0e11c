using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CareDirectory.Search.Lucene;

/// <summary>
/// One word in one field of a <c>cross_fields</c> match, scored with the word's document frequency blended over the
/// fields it is looked for in: the highest of them, as Elasticsearch's <c>cross_fields</c> blends it. Scored with
/// its own field's frequency, a word common in descriptions but rare in names ("child") is rare, so worth much, in
/// the name field, and "Jewish Child &amp; Family Services" outranked the records about what was asked in any query
/// saying "child" (#17). Rewrites to a plain <see cref="TermQuery"/> with the blended statistics, so highlighting
/// and scoring see an ordinary term.
/// </summary>
internal sealed class LuceneBlendedTermQuery(Term term, IReadOnlyList<string> blendedFields) : Query
{
    public Term Term { get; } = term;

    public IReadOnlyList<string> BlendedFields { get; } = blendedFields;

    public override Query Rewrite(IndexReader reader)
    {
        var states = LuceneTermContexts.For(reader, Term);
        return new TermQuery(Term, states.DocFreq == 0 ? states : Blended(reader, states)) { Boost = Boost };
    }

    /// <summary>The word's per-segment states with the highest document frequency of the blended fields.</summary>
    private TermContext Blended(IndexReader reader, TermContext states)
    {
        var highest = BlendedFields.Max(field => field == Term.Field ? states.DocFreq : LuceneTermContexts.For(reader, new Term(field, Term.Bytes)).DocFreq);

        // BM25's idf needs the frequency within the field's own document count.
        var documents = MultiFields.GetTerms(reader, Term.Field)?.DocCount is > 0 and var count ? count : reader.MaxDoc;
        var blended = new TermContext(reader.Context);
        var statsRegistered = false;
        foreach (var leaf in reader.Leaves)
        {
            if (states.Get(leaf.Ord) is { } state)
            {
                // The frequencies are added up over the registrations: the whole blended value goes with the first.
                blended.Register(state, leaf.Ord, statsRegistered ? 0 : Math.Min(highest, documents), statsRegistered ? 0 : states.TotalTermFreq);
                statsRegistered = true;
            }
        }

        return blended;
    }

    public override string ToString(string field) => $"blended({Term}){(Boost == 1f ? "" : "^" + Boost)}";

    public override bool Equals(object? obj) =>
        obj is LuceneBlendedTermQuery other && base.Equals(other) && Term.Equals(other.Term) && BlendedFields.SequenceEqual(other.BlendedFields);

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Term);
}
