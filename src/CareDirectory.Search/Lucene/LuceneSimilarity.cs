using Lucene.Net.Search.Similarities;

namespace CareDirectory.Search.Lucene;

/// <summary>
/// BM25 for every field, with <see cref="SearchFields.AnswerFieldsLengthNormalization"/> for the
/// <see cref="SearchFields.AnswerFields"/> (the Elasticsearch mapping names the same similarity for them). Norms are
/// written the same whatever <c>b</c> is, so only searchers need it; the writer uses it too for one definition.
/// </summary>
internal sealed class LuceneSimilarity : PerFieldSimilarityWrapper
{
    private readonly BM25Similarity _default = new();
    private readonly BM25Similarity _answers = new(1.2f, SearchFields.AnswerFieldsLengthNormalization);

    public override Similarity Get(string name) => SearchFields.AnswerFields.Contains(name) ? _answers : _default;
}
