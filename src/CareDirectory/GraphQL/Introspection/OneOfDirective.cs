using GraphQL.Types;
using GraphQLParser.AST;

namespace CareDirectory.GraphQL.Introspection;

/// <summary>
/// The working draft's <c>@oneOf</c> on input objects. GraphQL.NET 8 knows one-of inputs (<c>__Type.isOneOf</c>) but
/// does not list the directive, so graphql-js clients (whose built-in directives include it) see it as removed.
/// </summary>
public sealed class OneOfDirective : Directive
{
    public OneOfDirective()
        : base("oneOf", DirectiveLocation.InputObject)
    {
        Description = "Indicates exactly one field must be supplied and this field must not be `null`.";
    }
}
