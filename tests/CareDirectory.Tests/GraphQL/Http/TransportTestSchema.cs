using GraphQL.Types;

namespace CareDirectory.Tests.GraphQL.Http;

/// <summary>A tiny schema, independent of the directory's, so transport tests pin transport behaviour only.</summary>
internal sealed class TransportTestSchema : Schema
{
    public TransportTestSchema(IServiceProvider services)
        : base(services)
    {
        Query = new TransportTestQuery();
        Mutation = new TransportTestMutation();
    }
}
