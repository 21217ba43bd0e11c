using Lucene.Net.Analysis;

namespace CareDirectory.Search.Lucene;

/// <summary>
/// An analyzer that leaves <see cref="SearchFields.ValueGap"/> positions between two values of one field, as
/// Elasticsearch does for every text field: <see cref="SearchFields.EnglishAll"/> holds each English field as a value
/// of its own, and a phrase must not match across two of them.
/// </summary>
internal sealed class ValueGapAnalyzer(Analyzer analyzer) : AnalyzerWrapper(GLOBAL_REUSE_STRATEGY)
{
    protected override Analyzer GetWrappedAnalyzer(string fieldName) => analyzer;

    public override int GetPositionIncrementGap(string fieldName) => SearchFields.ValueGap;
}
