using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace CareDirectory.Search.Lucene;

/// <summary>
/// Field instances reused from one document to the next, as Lucene recommends for bulk indexing: a new field builds
/// a new token stream, whose attributes Lucene.Net creates under a process-wide lock (in a multi-threaded rebuild the
/// indexing threads spent much of their time waiting for it). Not thread-safe: one per indexing thread, and a
/// document must be added before the next one starts.
/// </summary>
internal sealed class LuceneDocumentFields
{
    private readonly Dictionary<(string Name, Kind Kind), List<Field>> _pool = [];
    private readonly Dictionary<(string Name, Kind Kind), int> _taken = [];

    private enum Kind
    {
        String,
        StoredString,
        Text,
        IndexedText,
        Tokens,
        Int32,
        Int64,
        StoredInt64,
        Sorted,
        SortedSet,
        Numeric,
    }

    public Document Document { get; private set; } = [];

    /// <summary>Starts the next document; the fields of the previous one are free again.</summary>
    public void Start()
    {
        Document = [];
        _taken.Clear();
    }

    public void String(string name, string value, bool stored = false) =>
        Take(name, stored ? Kind.StoredString : Kind.String, static (n, k) => new StringField(n, "", k == Kind.StoredString ? Field.Store.YES : Field.Store.NO)).SetStringValue(value);

    /// <summary>Analysed and stored (for highlighting).</summary>
    public void Text(string name, string value) =>
        Take(name, Kind.Text, static (n, _) => new TextField(n, "", Field.Store.YES)).SetStringValue(value);

    /// <summary>Analysed only: searched, never read back.</summary>
    public void IndexedText(string name, string value) =>
        Take(name, Kind.IndexedText, static (n, _) => new TextField(n, "", Field.Store.NO)).SetStringValue(value);

    /// <summary>Analysed tokens for matching only: no positions, no length norm.</summary>
    public void Tokens(string name, string value) =>
        Take(name, Kind.Tokens, static (n, _) => new Field(n, "", TokensOnly)).SetStringValue(value);

    private static readonly FieldType TokensOnly = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS,
        OmitNorms = true,
    });

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    public void Int32(string name, int value) =>
        Take(name, Kind.Int32, static (n, _) => new Int32Field(n, 0, Field.Store.NO)).SetInt32Value(value);

    public void Int64(string name, long value, bool stored = false) =>
        Take(name, stored ? Kind.StoredInt64 : Kind.Int64, static (n, k) => new Int64Field(n, 0L, k == Kind.StoredInt64 ? Field.Store.YES : Field.Store.NO)).SetInt64Value(value);

    public void Sorted(string name, string value) =>
        Take(name, Kind.Sorted, static (n, _) => new SortedDocValuesField(n, new BytesRef())).SetBytesValue(new BytesRef(value));

    public void SortedSet(string name, string value) =>
        Take(name, Kind.SortedSet, static (n, _) => new SortedSetDocValuesField(n, new BytesRef())).SetBytesValue(new BytesRef(value));

    public void Numeric(string name, long value) =>
        Take(name, Kind.Numeric, static (n, _) => new NumericDocValuesField(n, 0L)).SetInt64Value(value);

    private Field Take(string name, Kind kind, Func<string, Kind, Field> create)
    {
        var key = (name, kind);
        if (!_pool.TryGetValue(key, out var pool))
        {
            _pool[key] = pool = [];
        }

        var index = _taken.GetValueOrDefault(key);
        _taken[key] = index + 1;
        if (index == pool.Count)
        {
            pool.Add(create(name, kind));
        }

        var field = pool[index];
        Document.Add(field);
        return field;
    }
}
