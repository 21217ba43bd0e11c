using System.Globalization;
using System.Text.RegularExpressions;
using GraphQLParser.AST;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Common;

/// <summary>
/// HotChocolate's <c>DateTime</c>: an RFC 3339 / ISO-8601 instant that always carries its offset, read and written.
/// The one date-time scalar of the schema (record times, filters, <c>changes(since:)</c>, occurrence windows), so a
/// <c>$d: DateTime</c> variable fits every date-time argument. Written with every fraction digit it has (up to seven), so a value read from
/// the API and sent back in <c>eq</c> is the same instant.
/// </summary>
public sealed partial class DateTimeType : ScalarGraphType
{
    // Up to seven fraction digits, none when there is no fraction; the offset always (+00:00 for UTC).
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz";

    public DateTimeType()
    {
        Name = "DateTime";
        Description = "An instant as an RFC 3339 date-time with its offset, e.g. `2026-12-03T17:00:00-05:00` or `2026-12-03T22:00:00Z`. A value without an offset is refused.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => Parse((string)text.Value),
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text => Parse(text),
        DateTimeOffset instant => instant,
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateTimeOffset instant => instant.ToString(Format, CultureInfo.InvariantCulture),
        DateTime utc when utc.Kind == DateTimeKind.Utc => new DateTimeOffset(utc).ToString(Format, CultureInfo.InvariantCulture),
        _ => ThrowSerializationError(value),
    };

    private static DateTimeOffset Parse(string text) =>
        Rfc3339().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant
            : throw new FormatException($"'{(text.Length > 40 ? text[..40] + "…" : text)}' is not a date-time with an offset, such as 2026-12-03T17:00:00-05:00.");

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,7})?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();
}
