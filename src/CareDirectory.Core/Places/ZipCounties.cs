using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace CareDirectory.Places;

/// <summary>
/// Which counties a ZIP code lies in, from the Census ZCTA-to-county relationship file (see the header of
/// <c>zcta-counties.tsv</c> for source and licence). Parents know their ZIP, not a FIPS code. A ZIP can span
/// counties: all of them are returned. The packaged file carries no population or area shares, so the order is by
/// FIPS code, not by share.
/// </summary>
public static partial class ZipCounties
{
    private static readonly Lazy<FrozenDictionary<string, string[]>> _byZip = new(Load);

    /// <summary>True for five digits, the only ZIP form we look up (a ZIP+4 is refused rather than guessed at).</summary>
    public static bool IsZip(string value) => FiveDigits().IsMatch(value);

    /// <summary>The FIPS codes of the counties the ZIP lies in (empty: not a ZCTA of a state we hold).</summary>
    public static IReadOnlyList<string> FipsOf(string zip) => _byZip.Value.TryGetValue(zip, out var fips) ? fips : [];

    private static FrozenDictionary<string, string[]> Load()
    {
        using var stream = typeof(ZipCounties).Assembly.GetManifestResourceStream("CareDirectory.Places.zcta-counties.tsv")
            ?? throw new InvalidOperationException("The ZCTA-county reference data is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var pairs = new List<(string Zip, string Fips)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                pairs.Add((line[..tab], line[(tab + 1)..]));
            }
        }

        return pairs.GroupBy(p => p.Zip, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Fips).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex FiveDigits();
}
