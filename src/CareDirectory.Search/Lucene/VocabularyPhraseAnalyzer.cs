using Lucene.Net.Analysis;

namespace CareDirectory.Search.Lucene;

/// <summary>
/// The English analysis, then only the vocabulary's phrases (<c>synonyms.txt</c>) that occur in the text, each as one
/// token (<see cref="AnalyzedPhrase.Token"/>: "famili support", "system _ care" where a stop word was;
/// <see cref="VocabularyPhraseFilter"/>). Indexed in <see cref="SearchFields.EnglishPhrases"/>, so the first pass
/// finds a synonym phrase with one term's postings instead of a phrase query's positions (#17: the five phrases of
/// "family support" were half of its matching at national scale). A value is analysed on its own, so no phrase spans
/// two fields.
/// </summary>
internal sealed class VocabularyPhraseAnalyzer(Analyzer english, VocabularyPhrases phrases) : AnalyzerWrapper(GLOBAL_REUSE_STRATEGY)
{
    protected override Analyzer GetWrappedAnalyzer(string fieldName) => english;

    protected override TokenStreamComponents WrapComponents(string fieldName, TokenStreamComponents components) =>
        new(components.Tokenizer, new VocabularyPhraseFilter(components.TokenStream, phrases));
}
