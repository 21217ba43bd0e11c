using GraphQLParser.AST;

namespace CareDirectory.GraphQL.Execution;

/// <summary>
/// Parsed documents that passed the standard validation rules, by their exact text (query or persisted document),
/// least recently used first out. Parsing and the spec rules depend on the text alone, so a repeated document
/// skips both; whatever depends on a request (variables, cost and depth, rate limits) still runs every time.
/// Bounded by entries and by their total length, so varied or huge documents cannot grow it without limit.
/// </summary>
public sealed class ValidatedDocumentCache
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<KeyValuePair<string, GraphQLDocument>>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<KeyValuePair<string, GraphQLDocument>> _recency = new();
    private readonly int _maxEntries;
    private readonly long _maxCharacters;
    private long _characters;

    public ValidatedDocumentCache(int maxEntries, long maxCharacters)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxEntries);
        ArgumentOutOfRangeException.ThrowIfNegative(maxCharacters);
        _maxEntries = maxEntries;
        _maxCharacters = maxCharacters;
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public GraphQLDocument? Find(string text)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(text, out var node))
            {
                return null;
            }

            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value.Value;
        }
    }

    /// <summary>Keeps a document that has just passed validation; one larger than the whole budget is not kept.</summary>
    public void Add(string text, GraphQLDocument document)
    {
        if (_maxEntries == 0 || text.Length > _maxCharacters)
        {
            return;
        }

        lock (_gate)
        {
            if (_entries.ContainsKey(text))
            {
                return;
            }

            _entries[text] = _recency.AddFirst(new KeyValuePair<string, GraphQLDocument>(text, document));
            _characters += text.Length;
            while (_entries.Count > _maxEntries || _characters > _maxCharacters)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
                _characters -= oldest.Value.Key.Length;
            }
        }
    }
}
