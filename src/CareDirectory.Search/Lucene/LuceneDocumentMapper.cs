using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace CareDirectory.Search.Lucene;

/// <summary>Turns a <see cref="SearchDocument"/> into Lucene fields: stored text for highlighting, indexed
/// keywords for filters, doc values for facets and sorting.</summary>
internal static class LuceneDocumentMapper
{
    /// <summary>Numeric doc-values fields with the location as raw double bits, read by the distance filter.</summary>
    public const string Latitude = "location.lat";
    public const string Longitude = "location.lon";

    public static Term IdTerm(string id) => new(SearchFields.Id, id);

    public static Document ToLucene(SearchDocument source)
    {
        var document = new Document
        {
            new StringField(SearchFields.Id, source.Id, Field.Store.YES),
            new SortedDocValuesField(SearchFields.Id, new BytesRef(source.Id)),
            new SortedDocValuesField(SearchFields.TitleSort, new BytesRef(SearchFields.TitleKey(source.Title))),
            new StringField(SearchFields.State, source.State.ToUpperInvariant(), Field.Store.NO),
            new Int32Field(SearchFields.MinAge, source.MinAge ?? int.MinValue, Field.Store.NO),
            new Int32Field(SearchFields.MaxAge, source.MaxAge ?? int.MaxValue, Field.Store.NO),
        };

        AddKeywords(document, SearchFields.Kind, [source.Kind.ToString()], stored: true);
        AddKeywords(document, SearchFields.Counties, source.CountyFips);
        AddKeywords(document, SearchFields.ServiceTypes, source.ServiceTypeCodes);
        AddKeywords(document, SearchFields.Roles, source.Roles);
        AddKeywords(document, SearchFields.Audiences, source.Audiences);
        AddKeywords(document, SearchFields.Languages, source.Languages);
        if (source.Status is { } status)
        {
            document.Add(new StringField(SearchFields.Status, status, Field.Store.NO));
        }

        if (source.Statewide && StateFips.ForState(source.State) is { } stateFips)
        {
            document.Add(new StringField(SearchFields.StatewideState, stateFips, Field.Store.NO));
        }

        AddText(document, SearchFields.Title, source.Title);
        AddText(document, SearchFields.Description, source.Description);
        AddText(document, SearchFields.Eligibility, source.Eligibility);
        AddText(document, SearchFields.Components, SearchFields.JoinText(source.Components));
        AddText(document, SearchFields.Topics, SearchFields.JoinText(source.Topics));
        AddText(document, SearchFields.ServiceTypeNames, SearchFields.JoinText(source.ServiceTypeNames));
        AddText(document, SearchFields.TitleEs, source.TitleEs);
        AddText(document, SearchFields.DescriptionEs, source.DescriptionEs);

        if (source.NextOccurrence is { } next)
        {
            document.Add(new Int64Field(SearchFields.NextOccurrence, next.ToUnixTimeMilliseconds(), Field.Store.YES));
        }

        if (source.LastModified is { } modified)
        {
            document.Add(new Int64Field(SearchFields.LastModified, modified.ToUnixTimeMilliseconds(), Field.Store.YES));
        }

        if (source.Location is { } location)
        {
            document.Add(new NumericDocValuesField(Latitude, BitConverter.DoubleToInt64Bits(location.Latitude)));
            document.Add(new NumericDocValuesField(Longitude, BitConverter.DoubleToInt64Bits(location.Longitude)));
        }

        return document;
    }

    private static void AddKeywords(Document document, string field, IEnumerable<string> values, bool stored = false)
    {
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(field, value, stored ? Field.Store.YES : Field.Store.NO));
            document.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }

    private static void AddText(Document document, string field, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            document.Add(new TextField(field, text, Field.Store.YES));
        }
    }
}
