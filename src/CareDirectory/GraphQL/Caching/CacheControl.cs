using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Caching;

/// <summary>Puts <c>@cacheControl</c> on schema elements and reads it back.</summary>
public static class CacheControl
{
    /// <summary>Applies <c>@cacheControl(maxAge:)</c> (seconds) to a field: answers selecting it live at most that long.</summary>
    public static FieldBuilder<TSource, TReturn> CacheMaxAge<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, int seconds) =>
        field.ApplyDirective(CacheControlDirective.DirectiveName, "maxAge", seconds);

    /// <summary>The hint a field or type carries; <see cref="CacheHint.None"/> without one.</summary>
    public static CacheHint HintOf(IMetadataReader element)
    {
        if (element.FindAppliedDirective(CacheControlDirective.DirectiveName) is not { } directive)
        {
            return CacheHint.None;
        }

        var maxAge = directive.FindArgument("maxAge")?.Value is int seconds ? TimeSpan.FromSeconds(Math.Max(0, seconds)) : (TimeSpan?)null;
        var scope = directive.FindArgument("scope")?.Value is CacheControlScope.Private ? CacheControlScope.Private : CacheControlScope.Public;
        return new CacheHint(maxAge, scope);
    }
}
