using GraphQL.Types;

namespace CareDirectory.GraphQL.Relay;

/// <summary><c>XConnection</c>: the page of a list, with <c>totalCount: Int!</c> and <c>nodes</c> as HotChocolate names them.</summary>
public sealed class ConnectionType<TNodeType> : ObjectGraphType<Connection>
    where TNodeType : IGraphType
{
    public ConnectionType()
    {
        var node = GraphTypeNames.Of(typeof(TNodeType));
        Name = $"{node}Connection";
        Description = $"A page of {node} items.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Description("The items of this page, in order.").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType>>>>>("edges").Description("The items of this page with their cursors.").Resolve(c => c.Source.Edges.ToList());
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where this page is in the whole list.").Resolve(c => c.Source);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("Number of items in the whole filtered list, across all pages.").Resolve(c => c.Source.TotalCount);
    }
}

/// <summary><c>XEdge</c>: an item with its cursor.</summary>
public sealed class EdgeType<TNodeType> : ObjectGraphType<(string Cursor, object Node)>
    where TNodeType : IGraphType
{
    public EdgeType()
    {
        var node = GraphTypeNames.Of(typeof(TNodeType));
        Name = $"{node}Edge";
        Description = $"A {node} with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque cursor of this item; pass it as `after` or `before`.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description("The item.").Resolve(c => c.Source.Node);
    }
}

/// <summary>Relay's <c>PageInfo</c>.</summary>
public sealed class PageInfoType : ObjectGraphType<IPageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Paging state of a connection.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("True if items follow this page.").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("True if items precede this page.").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("Cursor of the first item of this page.").Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor").Description("Cursor of the last item of this page.").Resolve(c => c.Source.EndCursor);
    }
}
