using GraphQLParser.AST;

namespace CareDirectory.GraphQL.Execution;

/// <summary>
/// Parsed documents that passed the standard validation rules, by their exact text (query or persisted document),
/// least recently used first out. Parsing and the spec rules depend on the text alone, so a repeated document
/// skips both; whatever depends on a request (variables, cost and depth, rate limits) still runs every time.
/// Bounded by entries and by their total length, so varied or huge documents cannot grow it without limit.
/// </summary>
public sealed class ValidatedDocumentCache(int maxEntries, long maxCharacters)
{
    private readonly RecentlyUsedCache<GraphQLDocument> _documents = new(maxEntries, maxCharacters, (text, _) => text.Length);

    public int Count => _documents.Count;

    public GraphQLDocument? Find(string text) => _documents.Find(text);

    /// <summary>Keeps a document that has just passed validation; one larger than the whole budget is not kept.</summary>
    public void Add(string text, GraphQLDocument document) => _documents.Add(text, document);
}
