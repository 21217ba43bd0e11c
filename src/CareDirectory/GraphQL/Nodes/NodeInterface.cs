using GraphQL.Types;

namespace CareDirectory.GraphQL.Nodes;

/// <summary>Relay's <c>Node</c>: every directory record has a global id that <c>node(id:)</c> resolves.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "A record with a global, opaque, stable id; fetch any of them with `node(id:)`.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id: opaque, stable across releases and re-imports.");
    }
}
