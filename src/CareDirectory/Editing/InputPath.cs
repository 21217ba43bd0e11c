using System.Text.RegularExpressions;

namespace CareDirectory.Editing;

/// <summary>Turns a validator's property path (<c>Phones[0].Number</c>) into GraphQL input names (<c>phones.0.number</c>).</summary>
public static partial class InputPath
{
    public static string[] Of(string propertyPath) =>
        [.. Segments().Matches(propertyPath).Select(m => m.Value.Length > 0 && char.IsAsciiDigit(m.Value[0]) ? m.Value : char.ToLowerInvariant(m.Value[0]) + m.Value[1..])];

    /// <summary>The dotted form used in messages: <c>phones[0].number</c>.</summary>
    public static string Text(string propertyPath) =>
        string.Concat(Of(propertyPath).Select((segment, i) => char.IsAsciiDigit(segment[0]) ? $"[{segment}]" : i == 0 ? segment : "." + segment));

    [GeneratedRegex("[A-Za-z_][A-Za-z0-9_]*|[0-9]+")]
    private static partial Regex Segments();
}
