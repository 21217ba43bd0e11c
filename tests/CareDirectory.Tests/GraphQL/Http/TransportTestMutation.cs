using GraphQL.Types;

namespace CareDirectory.Tests.GraphQL.Http;

internal sealed class TransportTestMutation : ObjectGraphType
{
    public TransportTestMutation()
    {
        Name = "Mutation";
        Field<IntGraphType>("touch").Resolve(_ => 1);
    }
}
