using GraphQL;
using GraphQL.Types;

namespace CareDirectory.Tests.GraphQL.Http;

internal sealed class TransportTestQuery : ObjectGraphType
{
    public TransportTestQuery()
    {
        Name = "Query";
        Field<StringGraphType>("hello").Resolve(_ => "world");
        Field<StringGraphType>("echo").Argument<NonNullGraphType<StringGraphType>>("text").Resolve(context => context.GetArgument<string>("text"));
        Field<StringGraphType>("slow").ResolveAsync(async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.CancellationToken);
            return "too late";
        });
        Field<StringGraphType>("fail").Resolve(_ => throw new InvalidOperationException("Secret: the database password is hunter2"));
        Field<IdGraphType>("echoId").Argument<IdGraphType>("id").Resolve(context => context.GetArgument<string?>("id"));
        Field<StringGraphType>("caller").Resolve(context => context.UserContext.TryGetValue("caller", out var caller) ? caller : null);
        Field<ListGraphType<TransportTestItemType>>("items")
            .Argument<IntGraphType>("first")
            .Resolve(context => Enumerable.Range(1, context.GetArgument("first", 3)));
    }
}
