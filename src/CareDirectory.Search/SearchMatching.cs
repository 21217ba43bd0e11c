namespace CareDirectory.Search;

/// <summary>
/// How many of a query's words a record must match (#17). A search tries <see cref="AllWords"/> first, which keeps
/// "family therapy" from ranking every record that only says "family", and falls back to <see cref="AnyWord"/> when
/// that finds fewer than <see cref="SearchFields.AllWordsMinimumHits"/> records (a misspelt or over-specific query).
/// </summary>
internal enum SearchMatching
{
    /// <summary>Each word, with its synonyms or fuzzy forms, must match some field.</summary>
    AllWords,

    /// <summary>Any word is enough; more matched words score higher.</summary>
    AnyWord,
}
