using GraphQL;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Introspection;

/// <summary>
/// The custom scalars the schema uses, each carrying <c>@specifiedBy(url:)</c>. Fresh instances per schema, because
/// GraphQL.NET shares its built-in scalar instances between schemas and a directive applied twice is invalid.
/// </summary>
public static class SpecifiedScalars
{
    /// <summary>A calendar date, <c>2026-12-03</c>.</summary>
    public const string LocalDateUrl = "https://scalars.graphql.org/andimarek/local-date.html";

    /// <summary>An RFC 3339 date-time with its offset, <c>2026-12-03T17:00:00-05:00</c>.</summary>
    public const string DateTimeUrl = "https://scalars.graphql.org/andimarek/date-time.html";

    /// <summary>No scalar spec exists for 64-bit integers: they are JSON numbers (RFC 8259 §6) within ±2^63.</summary>
    public const string LongUrl = "https://www.rfc-editor.org/rfc/rfc8259#section-6";

    public static IEnumerable<ScalarGraphType> Create() =>
    [
        Specified(new DateGraphType(), LocalDateUrl),
        Specified(new Common.DateTimeType(), DateTimeUrl),
        Specified(new LongGraphType(), LongUrl),
    ];

    /// <summary>The URL a scalar was given here, for <c>__Type.specifiedByURL</c>; null for the spec's own scalars.</summary>
    public static string? UrlOf(IGraphType type) =>
        type is ScalarGraphType scalar && scalar.FindAppliedDirective(SpecifiedByDirective.DirectiveName) is { } applied
            ? applied.FindArgument("url")?.Value as string
            : null;

    private static ScalarGraphType Specified(ScalarGraphType scalar, string url)
    {
        scalar.ApplyDirective(SpecifiedByDirective.DirectiveName, "url", url);
        return scalar;
    }
}
