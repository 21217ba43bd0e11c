using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Introspection;

/// <summary>
/// The current spec's introspection fields GraphQL.NET 8 does not have, added to its introspection types as the
/// schema builds them: <c>__Type.specifiedByURL</c> and <c>__Directive.args(includeDeprecated:)</c>.
/// </summary>
public static class SpecIntrospectionFields
{
    public static void AddTo(IGraphType graphType)
    {
        switch (graphType)
        {
            case __Type type when !type.HasField("specifiedByURL"):
                type.Field<StringGraphType>("specifiedByURL")
                    .Description("A URL of the specification of a custom scalar's values; null for other types.")
                    .Resolve(context => SpecifiedScalars.UrlOf((IGraphType)context.Source!));
                break;
            case __Directive directive when directive.GetField("args") is { Arguments: null } args:
                args.Arguments = new QueryArguments(new QueryArgument<BooleanGraphType> { Name = "includeDeprecated", DefaultValue = false });
                args.Resolver = new FuncFieldResolver<object>(context =>
                {
                    var includeDeprecated = context.GetArgument("includeDeprecated", false);
                    return ((IEnumerable<QueryArgument>?)((Directive)context.Source!).Arguments ?? [])
                        .Where(argument => includeDeprecated || string.IsNullOrWhiteSpace(argument.DeprecationReason))
                        .ToList();
                });
                break;
        }
    }
}
