using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.Util;

namespace CareDirectory.Search.Lucene;

/// <summary>
/// The English analysis, then only the vocabulary's phrases (<c>synonyms.txt</c>) that occur in the text, each as one
/// token (<see cref="AnalyzedPhrase.Token"/>: "famili support", "system _ care" where a stop word was). Indexed in
/// <see cref="SearchFields.EnglishPhrases"/>, so the first pass finds a synonym phrase with one term's postings instead
/// of a phrase query's positions (#17: the five phrases of "family support" were half of its matching at national
/// scale). A value is analysed on its own, so no phrase spans two fields.
/// </summary>
internal sealed class VocabularyPhraseAnalyzer(Analyzer english, IReadOnlyCollection<AnalyzedPhrase> phrases) : AnalyzerWrapper(GLOBAL_REUSE_STRATEGY)
{
    private readonly CharArraySet _tokens = new(LuceneAnalysis.Version, [.. phrases.Select(p => p.Token)], false);
    private readonly int _longest = Math.Max(2, phrases.Select(p => p.Positions[^1] + 1).DefaultIfEmpty(2).Max());

    protected override Analyzer GetWrappedAnalyzer(string fieldName) => english;

    protected override TokenStreamComponents WrapComponents(string fieldName, TokenStreamComponents components)
    {
        var shingles = new ShingleFilter(components.TokenStream, 2, _longest);
        shingles.SetOutputUnigrams(false);
        shingles.SetTokenSeparator(AnalyzedPhrase.Separator);
        shingles.SetFillerToken(AnalyzedPhrase.Gap);
        return new TokenStreamComponents(components.Tokenizer, new KeepWordFilter(LuceneAnalysis.Version, shingles, _tokens));
    }
}
