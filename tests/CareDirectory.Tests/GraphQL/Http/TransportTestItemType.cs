using GraphQL.Types;

namespace CareDirectory.Tests.GraphQL.Http;

/// <summary>An item with nested lists of items, to drive depth and cost.</summary>
internal sealed class TransportTestItemType : ObjectGraphType<int>
{
    public TransportTestItemType()
    {
        Name = "Item";
        Field<StringGraphType>("name").Resolve(context => $"item {context.Source}");
        Field<ListGraphType<TransportTestItemType>>("children").Resolve(context => Enumerable.Range(context.Source * 10, 2));
    }
}
