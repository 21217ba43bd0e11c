namespace CareDirectory.Domain;

/// <summary>Display names of the domain's words: enum values as words ("Mobile response"), language codes as names (search keywords, facet labels).</summary>
public static class DisplayNames
{
    // The app runs with invariant globalization, so CultureInfo has no language names: the languages our
    // sources use are named here, any other code is shown as itself.
    private static readonly Dictionary<string, string> _languages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "English", ["es"] = "Spanish", ["pl"] = "Polish", ["pt"] = "Portuguese", ["zh"] = "Chinese",
        ["ko"] = "Korean", ["ar"] = "Arabic", ["ht"] = "Haitian Creole", ["hi"] = "Hindi", ["gu"] = "Gujarati",
        ["ru"] = "Russian", ["tl"] = "Tagalog", ["vi"] = "Vietnamese", ["fr"] = "French", ["it"] = "Italian",
    };

    /// <summary>"MobileResponse" → "Mobile response"; "EducatorResource" → "Educator resource".</summary>
    public static string Words(string pascalCase) => string.Concat(pascalCase.Select((c, i) =>
        i == 0 ? c.ToString() : char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));

    public static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum => Words(value.ToString());

    public static string Language(string code) => _languages.GetValueOrDefault(code.Split('-')[0], code);
}
