namespace CareDirectory.Search;

/// <summary>
/// Corrects a misspelt phrase of the vocabulary (<see cref="SearchSynonyms"/>) in query text before either backend
/// analyses it, so its rule applies: "substanse abuse" is searched as "substance abuse", which finds substance use and
/// addiction. Fuzzy matching alone could not do it: it finds the misspelt word's neighbours in the records (short
/// partner descriptions first), and a synonym rule triggers only on the exact phrase.
/// </summary>
/// <remarks>
/// Only phrases of two words or more are corrected, each word within the edits <see cref="SearchFields.AutoFuzziness"/>
/// allows for its length (so words of up to four letters must be exact: "case management" stays, it is not "care
/// management"). A single word is left to fuzzy matching: one word near a vocabulary word is too often another real
/// word. Both backends search the corrected text, so they stay alike.
/// </remarks>
internal static class SearchSpelling
{
    /// <summary>The vocabulary's trigger phrases of two words or more, longest first.</summary>
    private static readonly IReadOnlyList<string[]> _phrases =
    [
        .. SearchSynonyms.Expansions
            .SelectMany(rule => rule.From)
            .Select(Words)
            .Where(words => words.Length >= 2)
            .DistinctBy(words => string.Join(' ', words))
            .OrderByDescending(words => words.Length),
    ];

    /// <summary><paramref name="text"/> (words separated by single spaces) with misspelt vocabulary phrases corrected.</summary>
    public static string Correct(string text)
    {
        var words = text.Split(' ');
        var corrected = false;
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var phrase in _phrases)
            {
                if (CloseTo(words, i, phrase, out var exact) && !exact)
                {
                    Array.Copy(phrase, 0, words, i, phrase.Length);
                    corrected = true;
                    i += phrase.Length - 1;
                    break;
                }
            }
        }

        return corrected ? string.Join(' ', words) : text;
    }

    private static bool CloseTo(string[] words, int start, string[] phrase, out bool exact)
    {
        exact = true;
        if (start + phrase.Length > words.Length)
        {
            return false;
        }

        for (var j = 0; j < phrase.Length; j++)
        {
            var word = Normalized(words[start + j]);
            if (word == phrase[j])
            {
                continue;
            }

            exact = false;
            if (EditDistance(word, phrase[j]) > SearchFields.AutoFuzziness(word.Length))
            {
                return false;
            }
        }

        return true;
    }

    private static string[] Words(string phrase) => [.. phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Normalized)];

    /// <summary>Lower case, without the punctuation around a word ("abuse?" is "abuse").</summary>
    private static string Normalized(string word) => word.Trim().Trim(['.', ',', ';', ':', '!', '?', '¿', '¡', '"', '\'', '(', ')']).ToLowerInvariant();

    /// <summary>Edits (insert, delete, substitute, swap two neighbours) from <paramref name="a"/> to <paramref name="b"/>.</summary>
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
