using GraphQL.Types;
using GraphQLParser.AST;

namespace CareDirectory.GraphQL.Caching;

/// <summary>
/// <c>@cacheControl(maxAge:, scope:)</c> on a field or type, in the spirit of HotChocolate's and Apollo's: data that
/// moves with the clock rather than with writes (upcoming occurrences) says how long an answer that selects it may
/// be reused. Everything else is exact to the change log and needs no hint. The response's hint is the shortest
/// <c>maxAge</c> and the narrowest <c>scope</c> among what it selects (<see cref="OperationCacheHints"/>), so there is
/// nothing to inherit and no <c>inheritMaxAge</c>.
/// </summary>
public sealed class CacheControlDirective : Directive
{
    public const string DirectiveName = "cacheControl";

    public CacheControlDirective()
        : base(DirectiveName, DirectiveLocation.FieldDefinition, DirectiveLocation.Object, DirectiveLocation.Interface, DirectiveLocation.Union)
    {
        Description = "How long a response that selects this field or type may be reused, and by whom. A response takes the shortest maxAge and the narrowest scope of everything it selects.";
        Arguments = new QueryArguments(
            new QueryArgument<IntGraphType> { Name = "maxAge", Description = "Seconds a response selecting this may be reused (by the server's response cache and by HTTP caches)." },
            new QueryArgument<CacheControlScopeType> { Name = "scope", Description = "PRIVATE: only the asking client may keep the response." });
    }
}
