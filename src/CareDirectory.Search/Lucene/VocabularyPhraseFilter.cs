using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace CareDirectory.Search.Lucene;

/// <summary>
/// Turns analysed terms into the vocabulary's phrases found among them, one token each (<see cref="AnalyzedPhrase.Token"/>),
/// and nothing else: what a shingle filter followed by a keep-words filter gives, without building every shingle of
/// every term (that doubled a national reindex, #17). A phrase is found when its last term arrives and the terms
/// before it are at their positions, with no term where the phrase has a stop word's gap.
/// </summary>
internal sealed class VocabularyPhraseFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly CharArrayDictionary<AnalyzedPhrase[]> _byLastTerm;
    private readonly CharArraySet _phraseTerms;

    /// <summary>The latest terms with their positions (null for a term no phrase has): as many as the longest phrase spans.</summary>
    private readonly (string? Term, int Position)[] _recent;
    private readonly Queue<string> _found = new();
    private int _count;
    private int _position;

    public VocabularyPhraseFilter(TokenStream input, VocabularyPhrases phrases)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _byLastTerm = phrases.ByLastTerm;
        _phraseTerms = phrases.Terms;
        _recent = new (string?, int)[phrases.LongestSpan];
    }

    public override bool IncrementToken()
    {
        while (_found.Count == 0)
        {
            if (!m_input.IncrementToken())
            {
                return false;
            }

            _position += _increment.PositionIncrement;
            var term = _phraseTerms.Contains(_term.Buffer, 0, _term.Length) ? _term.ToString() : null;
            if (term is not null && _byLastTerm.TryGetValue(_term.Buffer, 0, _term.Length, out var phrases))
            {
                foreach (var phrase in phrases.Where(EndsHere))
                {
                    _found.Enqueue(phrase.Token);
                }
            }

            Remember(term);
        }

        ClearAttributes();
        _term.SetEmpty().Append(_found.Dequeue());
        _increment.PositionIncrement = 1;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _found.Clear();
        _count = 0;
        _position = -1;
    }

    /// <summary>Whether the phrase's other terms are at their places before the current one, and nothing is in its gaps.</summary>
    private bool EndsHere(AnalyzedPhrase phrase)
    {
        var start = _position - phrase.Positions[^1];
        for (var offset = 0; offset < phrase.Positions[^1]; offset++)
        {
            var at = Array.IndexOf(phrase.Positions, offset);
            var term = TermAt(start + offset, out var present);
            if (at >= 0 ? !present || term != phrase.Terms[at] : present)
            {
                return false;
            }
        }

        return true;
    }

    private string? TermAt(int position, out bool present)
    {
        for (var i = 0; i < _count; i++)
        {
            if (_recent[i].Position == position)
            {
                present = true;
                return _recent[i].Term;
            }
        }

        present = false;
        return null;
    }

    private void Remember(string? term)
    {
        if (_recent.Length == 0)
        {
            return;
        }

        if (_count == _recent.Length)
        {
            Array.Copy(_recent, 1, _recent, 0, _count - 1);
            _count--;
        }

        _recent[_count++] = (term, _position);
    }
}

/// <summary>The vocabulary's phrases of two terms or more, as <see cref="VocabularyPhraseFilter"/> looks them up.</summary>
internal sealed class VocabularyPhrases
{
    public VocabularyPhrases(IEnumerable<AnalyzedPhrase> phrases)
    {
        var distinct = phrases.Where(p => p.Terms.Length > 1).DistinctBy(p => p.Token).ToList();
        ByLastTerm = new CharArrayDictionary<AnalyzedPhrase[]>(
            LuceneAnalysis.Version,
            distinct.GroupBy(p => p.Terms[^1], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal),
            false);
        Terms = new CharArraySet(LuceneAnalysis.Version, [.. distinct.SelectMany(p => p.Terms).Distinct(StringComparer.Ordinal)], false);
        LongestSpan = distinct.Select(p => p.Positions[^1] + 1).DefaultIfEmpty(0).Max();
        Tokens = distinct.Select(p => p.Token).ToHashSet(StringComparer.Ordinal);
    }

    public CharArrayDictionary<AnalyzedPhrase[]> ByLastTerm { get; }

    /// <summary>Every term of a phrase: only these are kept in a filter's recent terms.</summary>
    public CharArraySet Terms { get; }

    /// <summary>Positions from a phrase's first term to its last, inclusive, for the longest phrase.</summary>
    public int LongestSpan { get; }

    public IReadOnlySet<string> Tokens { get; }
}
