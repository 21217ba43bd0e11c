using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace CareDirectory.Search;

/// <summary>
/// Words dropped from indexed and query text in both backends: the standard English and Spanish lists (Lucene's
/// <c>EnglishAnalyzer</c>/<c>SpanishAnalyzer</c> defaults, Elasticsearch's <c>_english_</c>/<c>_spanish_</c>) plus
/// the words people wrap a question in. "who do I call", "is it free", "¿dónde hay ayuda para mi hijo?" keep only
/// the words that say what they need ("call", "free", "hijo"); question words and pronouns otherwise match (and
/// fuzzy-match) almost every record. Spanish function words are English stop words too, because a Spanish query also
/// goes through the English analysis to reach English records.
/// </summary>
internal static class SearchStopWords
{
    /// <summary>Lucene's and Elasticsearch's default English list.</summary>
    public static readonly IReadOnlyList<string> EnglishDefault =
    [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of",
        "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with",
    ];

    /// <summary>Question words, pronouns, helper verbs and fillers of everyday questions, in English.</summary>
    public static readonly IReadOnlyList<string> EnglishQuestions =
    [
        "who", "whom", "whose", "what", "whats", "when", "where", "why", "how", "which",
        "do", "does", "did", "can", "could", "should", "would", "may", "might", "shall",
        "i", "im", "me", "my", "mine", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "am",
        "have", "has", "had", "get", "gets", "got", "any", "anyone", "anybody", "someone", "somebody", "something",
        "much", "many", "still", "please", "need", "want", "help", "here", "so", "just", "about", "some",
    ];

    /// <summary>Spanish function and question words that English analysis must drop as well.</summary>
    public static readonly IReadOnlyList<string> SpanishInEnglish =
    [
        "de", "del", "la", "las", "el", "los", "para", "por", "mi", "mis", "su", "sus", "con", "en", "un", "una", "y",
        "o", "que", "qué", "es", "se", "al", "lo", "le", "hay", "ayuda", "cómo", "como", "dónde", "donde", "cuándo",
        "cuando", "quién", "quien", "cuál", "cual", "puedo", "puede", "necesito",
    ];

    /// <summary>Spanish question words the default Spanish list leaves in (it has the unaccented forms only).</summary>
    public static readonly IReadOnlyList<string> SpanishQuestions =
    [
        "quién", "quiénes", "cómo", "dónde", "cuándo", "cuál", "cuánto", "cuánta", "cuántos", "puedo", "puede",
        "necesito", "ayuda",
    ];

    /// <summary>Every English stop word: the default list, question words and Spanish function words.</summary>
    public static IReadOnlyList<string> English { get; } = [.. EnglishDefault.Concat(EnglishQuestions).Concat(SpanishInEnglish).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The English stop words and their Porter stems. Elasticsearch's search analyzer stems before its stop filter
    /// (synonym rules must see every word), so it drops the stems too: "does" arrives there as "doe".
    /// </summary>
    public static IReadOnlyList<string> EnglishWithStems { get; } = [.. English.Concat(English.Select(Stem)).Distinct(StringComparer.Ordinal)];

    private static string Stem(string word)
    {
        using var analyzer = new EnglishAnalyzer(LuceneVersion.LUCENE_48, CharArraySet.Empty);
        using var stream = analyzer.GetTokenStream("stem", new StringReader(word));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var stem = stream.IncrementToken() ? term.ToString() : word;
        stream.End();
        return stem;
    }
}
