using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace CareDirectory.Search.Lucene;

/// <summary>Turns a <see cref="SearchDocument"/> into Lucene fields: stored text for highlighting, indexed
/// keywords for filters, doc values for facets and sorting.</summary>
internal static class LuceneDocumentMapper
{
    /// <summary>Numeric doc-values fields with the location as raw double bits, read by the distance filter.</summary>
    public const string Latitude = "location.lat";
    public const string Longitude = "location.lon";

    public static Term IdTerm(string id) => new(SearchFields.Id, id);

    public static Document ToLucene(SearchDocument source) => ToLucene(source, new LuceneDocumentFields());

    /// <summary>The document built from <paramref name="fields"/>' reused instances; valid until its next use.</summary>
    public static Document ToLucene(SearchDocument source, LuceneDocumentFields fields)
    {
        fields.Start();
        fields.String(SearchFields.Id, source.Id, stored: true);
        fields.Sorted(SearchFields.Id, source.Id);
        fields.Sorted(SearchFields.TitleSort, SearchFields.TitleKey(source.Title));
        fields.String(SearchFields.State, source.State.ToUpperInvariant());
        fields.Int32(SearchFields.MinAge, source.MinAge ?? int.MinValue);
        fields.Int32(SearchFields.MaxAge, source.MaxAge ?? int.MaxValue);

        AddKeywords(fields, SearchFields.Kind, [source.Kind.ToString()], stored: true);
        foreach (var (field, values) in SearchDocumentContent.Keywords(source))
        {
            AddKeywords(fields, field, values);
        }

        if (source.Status is { } status)
        {
            fields.String(SearchFields.Status, status);
        }

        if (source.Statewide && StateFips.ForState(source.State) is { } stateFips)
        {
            fields.String(SearchFields.StatewideState, stateFips);
        }

        AddText(fields, SearchFields.Title, source.Title);
        foreach (var (field, text) in SearchDocumentContent.Text(source))
        {
            AddText(fields, field, text);
        }

        if (source.NextOccurrence is { } next)
        {
            fields.Int64(SearchFields.NextOccurrence, next.ToUnixTimeMilliseconds(), stored: true);
        }

        if (source.LastModified is { } modified)
        {
            fields.Int64(SearchFields.LastModified, modified.ToUnixTimeMilliseconds(), stored: true);
        }

        if (source.Location is { } location)
        {
            fields.Numeric(Latitude, BitConverter.DoubleToInt64Bits(location.Latitude));
            fields.Numeric(Longitude, BitConverter.DoubleToInt64Bits(location.Longitude));
        }

        return fields.Document;
    }

    private static readonly HashSet<string> EnglishFields = [.. SearchFields.English.Select(f => f.Field)];

    private static void AddKeywords(LuceneDocumentFields fields, string field, IEnumerable<string> values, bool stored = false)
    {
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            fields.String(field, value, stored);
            fields.SortedSet(field, value);
        }
    }

    private static void AddText(LuceneDocumentFields fields, string field, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            fields.Text(field, text);
            if (EnglishFields.Contains(field))
            {
                fields.IndexedText(SearchFields.EnglishAll, text);
                fields.Tokens(SearchFields.EnglishPhrases, text);
            }
        }
    }
}
