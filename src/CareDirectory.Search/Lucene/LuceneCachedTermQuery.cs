using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CareDirectory.Search.Lucene;

/// <summary>
/// A <see cref="TermQuery"/> whose term is looked up once per index reader (<see cref="LuceneTermContexts"/>): it
/// rewrites to the term query with the cached context, which scores exactly as the one that looks the term up itself.
/// </summary>
internal sealed class LuceneCachedTermQuery(Term term) : Query
{
    public Term Term { get; } = term;

    public override Query Rewrite(IndexReader reader) => new TermQuery(Term, LuceneTermContexts.For(reader, Term)) { Boost = Boost };

    public override string ToString(string field) => new TermQuery(Term) { Boost = Boost }.ToString(field);

    public override bool Equals(object? obj) => obj is LuceneCachedTermQuery other && base.Equals(other) && Term.Equals(other.Term);

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Term);
}
