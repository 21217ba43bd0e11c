using CareDirectory.GraphQL.Common;
using CareDirectory.Domain;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Nodes;

/// <summary>Adds the <c>Node</c> interface and the global <c>id</c> to an entity's object type.</summary>
public static class NodeTypes
{
    public static void ImplementNode<T>(this ObjectGraphType<T> type, string typeName)
        where T : Entity
    {
        type.Interface<NodeInterface>();
        type.IsTypeOf = value => value is T;
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("Global id: opaque, stable across releases and re-imports.").Resolve(c => PublicId.Encode(typeName, c.Source.Id));
        type.Field<NonNullGraphType<StringGraphType>>("key").Description("Human-readable stable key, e.g. `nj/bergen/careplusnj`.").Resolve(c => c.Source.Key);
        type.Field<NonNullGraphType<Common.ProvenanceType>>("provenance").Description("Where the facts come from and when they were verified.").Resolve(c => c.Source.Provenance);
        type.Field<NonNullGraphType<DateTimeType>>("lastModified").Description("When this record last changed.").Resolve(c => c.Source.LastModified);
        type.Field<NonNullGraphType<IntGraphType>>("version").Description("Concurrency version; send it back with an update.").Resolve(c => c.Source.Version);
    }
}
