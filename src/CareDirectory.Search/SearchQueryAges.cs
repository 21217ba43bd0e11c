using System.Globalization;

namespace CareDirectory.Search;

/// <summary>
/// Ages a query mentions as a bare number ("my son is 19 can he still get help", #17). Records state who they serve
/// as an age range, never the number itself, so the number would match no record's words; both backends match it
/// either as a word or by a stated age range that contains it (the age range is the field a number is found in), so
/// "every word must match" (<see cref="SearchMatching.AllWords"/>) keeps the records that serve that age.
/// </summary>
internal static class SearchQueryAges
{
    /// <summary>The most ages one query adds clauses for.</summary>
    private const int MaxAges = 3;

    /// <summary>What a stated age range containing the query's age scores: about one matched word of an ordinary field.</summary>
    public const float Boost = 2f;

    /// <summary>
    /// Whole words that are a number within the ages a request may filter by (0..150): "19", "19," or "(19)", not
    /// "24/7", "37A" or a phone number, whose parts are not words of their own.
    /// </summary>
    public static IReadOnlyList<int> Mentioned(string text) => [.. Words(text).Select(Age).OfType<int>().Distinct().Take(MaxAges)];

    /// <summary>The text without the words <see cref="Mentioned"/> reads as ages (the rest is matched as words).</summary>
    public static string WithoutAges(string text)
    {
        var ages = Mentioned(text);
        return string.Join(' ', Words(text).Where(word => Age(word) is not { } age || !ages.Contains(age)));
    }

    /// <summary>The age an analysed query term stands for, when the query mentions it as one.</summary>
    public static int? Term(string term, IReadOnlyList<int> ages) => Age(term) is { } age && ages.Contains(age) ? age : null;

    private static IEnumerable<string> Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static int? Age(string word)
    {
        var number = word.Trim('(', ')', '[', ']', ',', '.', ';', ':', '!', '?', '¿', '¡', '"', '\'');
        return number.Length is > 0 and <= 3 && number.All(char.IsAsciiDigit)
            && int.Parse(number, CultureInfo.InvariantCulture) is var age && age <= SearchRequestValidation.MaxAge
            ? age
            : null;
    }
}
