using GraphQL.Types;
using GraphQLParser.AST;

namespace CareDirectory.GraphQL.Introspection;

/// <summary>
/// The spec's <c>@specifiedBy(url:)</c> (October 2021, §3.13.5), which GraphQL.NET 8 does not define: it tells client
/// generators what a custom scalar's values look like, so they can map it to a real type instead of <c>unknown</c>.
/// </summary>
public sealed class SpecifiedByDirective : Directive
{
    public const string DirectiveName = "specifiedBy";

    public SpecifiedByDirective()
        : base(DirectiveName, DirectiveLocation.Scalar)
    {
        Description = "Exposes a URL that specifies the behavior of this scalar.";
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>>
        {
            Name = "url",
            Description = "The URL that specifies the behavior of this scalar.",
        });
    }
}
