namespace CareDirectory.Search;

/// <summary>One write to an index: an upsert or a delete, in the order it was made.</summary>
internal readonly record struct SearchWrite(SearchDocument? Upsert, string? DeleteId)
{
    public static SearchWrite Put(SearchDocument document) => new(document, null);

    public static SearchWrite Delete(string id) => new(null, id);
}
