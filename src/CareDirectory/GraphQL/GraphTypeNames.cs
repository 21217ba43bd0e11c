using GraphQL;

namespace CareDirectory.GraphQL;

/// <summary>Names generic graph types the way HotChocolate would (<c>ListPartnerRoleOperationFilterInput</c>).</summary>
public static class GraphTypeNames
{
    public static string Of(Type graphType)
    {
        if (!graphType.IsGenericType)
        {
            return graphType.GraphQLName();
        }

        var argument = Of(graphType.GetGenericArguments()[0]);
        var definition = graphType.GetGenericTypeDefinition();
        return definition == typeof(Filtering.EnumOperationFilterInputType<>) ? $"{argument}OperationFilterInput"
            : definition == typeof(Filtering.ListFilterInputType<>) ? (argument.EndsWith("OperationFilterInput", StringComparison.Ordinal) ? $"List{argument}" : $"ListFilterInputTypeOf{argument}")
            : definition == typeof(Relay.ConnectionType<>) ? $"{argument}Connection"
            : definition == typeof(Relay.EdgeType<>) ? $"{argument}Edge"
            : throw new InvalidOperationException($"No GraphQL name rule for {graphType}");
    }
}
