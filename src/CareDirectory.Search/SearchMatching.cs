namespace CareDirectory.Search;

/// <summary>
/// How many of a query's words a record must match (#17). A search tries <see cref="AllWords"/> first, which keeps
/// "family therapy" from ranking every record that only says "family", and falls back to <see cref="AnyWord"/> when
/// that finds fewer than <see cref="SearchFields.AllWordsMinimumHits"/> records (a misspelt or over-specific query):
/// <see cref="AnyWord"/> or, when it found none, <see cref="AnyWordAlone"/> (<see cref="SearchFields.AnyWordAfter"/>).
/// </summary>
internal enum SearchMatching
{
    /// <summary>Each word, with its synonyms or fuzzy forms, must match some field.</summary>
    AllWords,

    /// <summary>
    /// Any word is enough; more matched words score higher. The all-words query is added, so records with every word
    /// still come first: the fallback when the all-words search found some records, but too few.
    /// </summary>
    AnyWord,

    /// <summary>
    /// Any word is enough, without the all-words query: the fallback when the all-words search found no record. Under
    /// the same filters that query matches nothing, so it would add nothing to any score, and carrying it made Lucene
    /// score every any-word match through one more level of disjunction (a third of a misspelt search's CPU at
    /// national scale, #17). Ranks as <see cref="AnyWord"/> would.
    /// </summary>
    AnyWordAlone,
}
