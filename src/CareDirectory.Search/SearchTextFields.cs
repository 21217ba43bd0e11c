namespace CareDirectory.Search;

/// <summary>
/// The fields a text query reads its English words (with synonyms) and their fuzzy forms from, in each pass of
/// <see cref="SearchRescoreWindow"/>: both backends build the same query shape over either set.
/// </summary>
internal sealed record SearchTextFields(IReadOnlyList<(string Field, float Boost)> English, IReadOnlyList<(string Field, float Boost)> EnglishFuzzy)
{
    /// <summary>The first pass: every English field as one (<see cref="SearchFields.EnglishAll"/>).</summary>
    public static readonly SearchTextFields FirstPass = new([(SearchFields.EnglishAll, 1f)], [(SearchFields.EnglishAll, 1f)]);

    /// <summary>The second pass, over the window: each English field on its own, with its boost.</summary>
    public static readonly SearchTextFields Rescore = new(SearchFields.English, SearchFields.EnglishFuzzy);
}
