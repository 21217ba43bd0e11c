using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace CareDirectory.Search.Lucene;

/// <summary>
/// The analyzers: English (possessive, lower case, stop words, Porter stemming) and Spanish (light stemming),
/// the same chains as Elasticsearch's <c>english</c> and <c>spanish</c> analyzers, with <see cref="SearchStopWords"/>;
/// keywords are not analyzed.
/// </summary>
internal sealed class LuceneAnalysis : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public Analyzer English { get; } = new EnglishAnalyzer(Version, new CharArraySet(Version, [.. SearchStopWords.English], false));

    public Analyzer Spanish { get; } = new SpanishAnalyzer(
        Version, new CharArraySet(Version, [.. SpanishAnalyzer.DefaultStopSet.Select(w => w.ToString()!), .. SearchStopWords.SpanishQuestions], false));

    private readonly Analyzer _englishAll;
    private readonly Analyzer _phrases;

    /// <summary>The tokens of the vocabulary's phrases of two terms or more (<see cref="SearchFields.EnglishPhrases"/>).</summary>
    public IReadOnlySet<string> VocabularyPhrases { get; }

    /// <summary>Per-field analyzer for indexing and highlighting.</summary>
    public Analyzer PerField { get; }

    /// <summary>Synonym rules with phrases as English-analyzed terms, so they match analyzed query text.</summary>
    public IReadOnlyList<(AnalyzedPhrase[] From, AnalyzedPhrase[] To)> Synonyms { get; }

    public LuceneAnalysis()
    {
        AnalyzedPhrase[] Analyzed(IEnumerable<string> phrases) =>
            [.. phrases.Select(p => AnalyzedPhrase.Of(Analyze(English, p))).Where(p => p.Terms.Length > 0)];
        Synonyms = [.. SearchSynonyms.Expansions.Select(rule => (Analyzed(rule.From), Analyzed(rule.To)))];
        var vocabularyPhrases = new VocabularyPhrases(Synonyms.SelectMany(rule => rule.From.Concat(rule.To)));
        VocabularyPhrases = vocabularyPhrases.Tokens;

        var fields = SearchFields.English.ToDictionary(f => f.Field, _ => English);
        fields[SearchFields.EnglishAll] = _englishAll = new ValueGapAnalyzer(English);
        fields[SearchFields.EnglishPhrases] = _phrases = new VocabularyPhraseAnalyzer(English, vocabularyPhrases);
        foreach (var (field, _) in SearchFields.Spanish)
        {
            fields[field] = Spanish;
        }

        PerField = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), fields);
    }

    /// <summary>Analyzed terms with their positions (stop words leave gaps, as in the index).</summary>
    public static List<(string Term, int Position)> Analyze(Analyzer analyzer, string text)
    {
        var terms = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(SearchFields.Title, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }

        stream.End();
        return terms;
    }

    public void Dispose()
    {
        PerField.Dispose();
        _englishAll.Dispose();
        _phrases.Dispose();
        English.Dispose();
        Spanish.Dispose();
    }
}
