namespace CareDirectory.Search;

/// <summary>
/// Fragments of one field with matched words wrapped in <c>&lt;em&gt;</c>; the rest of the text is HTML-encoded.
/// </summary>
public sealed record SearchHighlight(string Field, IReadOnlyList<string> Fragments);
